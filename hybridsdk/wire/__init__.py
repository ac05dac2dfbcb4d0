"""Wire formats: Binary HTTP (RFC 9292), HPKE (RFC 9180), Oblivious HTTP (RFC 9458) and its
key configurations, the Open Inference Protocol's JSON, problem types and HTTP dates.

Pure encoders and decoders shared by the client (`hybridsdk.cloud`) and the reference
gateway (`hybridsdk.gateway`); nothing here imports either of them or does I/O. The
modules are private: the client and the gateway are their public faces.
"""

__all__: list[str] = []
