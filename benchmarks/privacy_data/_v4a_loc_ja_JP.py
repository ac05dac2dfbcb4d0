# ruff: noqa: RUF001 - text in many scripts on purpose
"""ja_JP phrasings for eval_v4a (written for this set)."""

S = {
    "intro": ["{person}と申します。水漏れの件で折り返しご連絡しました。", "{first}だよー", "はじめまして、203号室に越してきた{person}です。",
              "先日お電話した{last}です。", "{last}の名前で{amount}名予約しています。"],
    "phone": ["連絡先は{phone}です。", "携帯：{phone}", "電話かLINEで{phone}までお願いします", "夜なら{phone}に出られます", "折り返しは{phone}へ。"],
    "email": ["書類は{email}宛にお送りください。", "メアド変わりました→{email}", "{email}もCCに入れてください"],
    "email_obf": ["メール：{email_obf}", "{email_obf}まで（スパム対策）"],
    "addr": ["お届け先：{addr}", "引っ越しました。新住所は{addr}です。", "集荷先は{addr}です"],
    "dob": ["生年月日：{dob}", "{dob}生まれ", "誕生日は{dob}です"],
    "nid": ["{nid_label}：{nid}", "{nid_label}は{nid}です。"],
    "card": ["カード番号{card}、有効期限09/27", "クレカ：{card}"],
    "iban": [],
    "pwd": ["Wi-Fiのパスワードは{pwd}です", "PW：{pwd}", "仮パスワード{pwd}でログインしてください"],
    "token": ["export API_KEY={token}", "Authorization: Bearer {token}"],
    "ip4": ["プリンタは{ip4}にあります", "{ip4}からの不正アクセスを遮断"],
    "ip6": ["ルーターのIPv6は{ip6}", "接続元{ip6}"],
    "mac": ["PCのMACアドレス：{mac}", "{mac}を許可リストに追加"],
    "gps": ["集合場所：{gps}", "現在地{gps}"],
    "neg": ["ご注文{order}は{date}に発送予定です。", "請求書{invoice}、合計{price}。", "ファームウェア{version}を適用、コミット{hash}。",
            "{product}が{price}で再入荷しました。", "{company}が{date} {time}に伺います。", "{city}駅前は今日も混雑。",
            "受付番号{badcard}", "荷物サイズ{qty}、ID {uuid}", "会議室{room}、{city}オフィス", "センサー値：{sensor}"],
    "clean": ["ありがとうございます！", "10分ほど遅れます、すみません", "了解です、ではまた。", "明日もう一度確認してもらえますか？", "急ぎではありません。", "子どもたちも大喜びでした😊"],
}
F = {
    "hello": ["{last2}様", "{last2}さん", "お世話になっております。", "{first2}さんへ"],
    "bye": ["よろしくお願いいたします。\n{person}", "{first}より", "以上です。\n{last}", "-- \n{person}\nTEL {phone}"],
    "wrote": ["{date} {time} {person2} <{email2}>:", "{date}、{person2}さんは書きました:"],
    "subject": ["Re: ご注文{order}について", "Re: 木曜日の件", "Fwd: 賃貸契約", "Re: 確認のお願い"],
    "clinic_title": ["診療記録（内科）", "救急外来メモ", "経過記録"],
    "clinic": ["3日前から咽頭痛、発熱なし。", "BP 128/82、脈拍74。", "処方継続。", "2週間後に再診。", "アレルギー：ペニシリン"],
    "courier": ["ドライバーメモ：宅配ボックスへ", "不在のため不在票投函", "{last}様受領", "オートロック番号4417"],
    "crm": ["{person}様と通話：プラン変更希望", "留守電あり", "配送遅延で不満、10%値引きを提案", "来週フォロー"],
    "receipt_shop": ["ローソン {city}店", "セブン-イレブン", "ヨドバシカメラ"],
    "receipt_items": ["牛乳 1000ml", "バナナ", "単3電池 8本", "キッチンペーパー", "おにぎり 鮭"],
    "receipt_end": ["ご来店ありがとうございました", "レシートは大切に保管してください"],
    "bank_title": ["お振込み受付完了のお知らせ", "振込明細"],
    "cal_summary": ["歯科検診", "保護者面談", "賃貸契約の締結", "四半期レビュー"],
    "chat_extra": ["りょ", "向かってる🚗", "おけ👍", "え？？", "だいじょぶ！"],
    "L": {"name": "氏名", "first": "名", "last": "姓", "dob": "生年月日", "addr": "住所", "phone": "電話番号",
          "email": "メールアドレス", "card": "カード番号", "iban": "口座", "pwd": "パスワード", "date": "日付", "total": "合計", "ssn": "SSN",
          "sender": "振込依頼人", "recipient": "受取人", "amount": "金額", "reference": "摘要", "notes": "備考", "start": "入社日",
          "emergency": "緊急連絡先", "position": "役職", "account": "口座番号", "patient": "患者", "next": "次回予約", "parcel": "伝票番号",
          "deliver_to": "お届け先",
          "nid": {"mynumber": "マイナンバー", "passport": "旅券番号"}},
}

# 手がかり語のバリエーション追加
S["phone"] += ["TEL:{phone}", "携帯番号→{phone}", "日中は{phone}にお電話ください", "自宅 {phone}", "{phone}（ショートメール可）"]
S["email"] += ["連絡はメールで{email}まで", "返信先：{email}", "PCアドレス {email}"]
S["dob"] += ["{dob}生", "生年月日は{dob}です", "誕生日：{dob}"]
S["nid"] += ["本人確認：{nid_label} {nid}", "{nid_label}（個人番号）{nid}"]
S["pwd"] += ["ログインIDはメアド、パスワードは{pwd}", "パス：{pwd}", "暗証番号ではなくパスワード{pwd}です"]
S["addr"] += ["現住所：{addr}", "{addr}に住んでいます"]
