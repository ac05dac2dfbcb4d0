"""Regenerate data/tokenizer_reference.json with llama.cpp's tokenizer (llama-cpp-python).

From the repository root: python -m tests.generate._make_tokenizer_reference (needs
llama-cpp-python).
"""

from __future__ import annotations

import json
from pathlib import Path

import llama_cpp

from hybridsdk.generate._artifacts import SMOLLM2_135M, ensure_gguf
from tests.generate._tokenizer_texts import TEXTS


def main() -> None:
    llm = llama_cpp.Llama(model_path=str(ensure_gguf()), vocab_only=True, verbose=False)
    cases = [
        {
            "text": t,
            "special": llm.tokenize(t.encode(), add_bos=False, special=True),
            "plain": llm.tokenize(t.encode(), add_bos=False, special=False),
        }
        for t in TEXTS
    ]
    out = {
        "made_with": f"llama-cpp-python {llama_cpp.__version__}",
        "gguf_sha256": SMOLLM2_135M.gguf_sha256,
        "cases": cases,
    }
    path = Path(__file__).parent / "data" / "tokenizer_reference.json"
    # One case per line: reviewable diffs, small file.
    cases_text = ",\n  ".join(json.dumps(c, ensure_ascii=False) for c in cases)
    head = json.dumps({k: v for k, v in out.items() if k != "cases"}, ensure_ascii=False)[:-1]
    path.write_text(f'{head}, "cases": [\n  {cases_text}\n]}}\n', "utf-8")


if __name__ == "__main__":
    main()
