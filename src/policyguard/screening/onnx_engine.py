"""The encoder's layers as an ONNX graph, run by ONNX Runtime: the same arithmetic as
:meth:`policyguard.screening.encoder.Encoder`'s numpy pass, about 1.7 times faster.

Why: the transformer reads few posts (those near the review line) but costs more per
post than everything else in the screen, and nearly all of its time is in the dense
layers' matrix products. NumPy hands each product to BLAS, which repacks the weights on
every call; ONNX Runtime packs them once, when the session is made, and fuses the layer
norms and the GELU. Nothing is shipped: the graph is built from the weights the
:class:`~policyguard.screening.encoder.Encoder` has just loaded (the base package's and
our fine-tuning file's), in memory, in about a fifth of a second.

The graph takes the embeddings (the word, position and token-type vectors added up, as
numpy makes them) and the attention mask as an additive term (0 for a piece, -10,000
for padding), and gives the last layer's vectors; the pooling and the head stay in
numpy. It runs on one thread per call, so that a process's CPU time is the work done
(ONNX Runtime's own thread pool would spin on the other cores) and a server scales by
its workers.

``onnx`` (to build the graph) and ``onnxruntime`` come with the ``screening`` extra;
without either, :func:`available` is False and the encoder runs in numpy.
"""

from __future__ import annotations

import importlib.util
import math
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from policyguard.screening.encoder import Layer

Array = npt.NDArray[np.float32]
OPSET = 17  # LayerNormalization is opset 17; ONNX Runtime 1.14 and later run it
IR_VERSION = 8  # the IR of opset 17, so that an older runtime reads the model too


def available() -> bool:
    """Whether both packages are installed (cheap: nothing is imported)."""
    return all(importlib.util.find_spec(name) is not None for name in ("onnx", "onnxruntime"))


class _Graph:
    """Builds the node list and the initialisers (the weights) of one graph."""

    def __init__(self) -> None:
        self.nodes: list[Any] = []
        self.weights: dict[str, np.ndarray] = {}

    def const(self, name: str, value: np.ndarray) -> str:
        self.weights[name] = np.ascontiguousarray(value)
        return name

    def op(self, kind: str, *inputs: str, **attributes: Any) -> str:
        """A node of ``kind`` on ``inputs``: the name of its output."""
        return self.ops(kind, *inputs, outputs=1, **attributes)[0]

    def ops(self, kind: str, *inputs: str, outputs: int, **attributes: Any) -> list[str]:
        """A node with several outputs: their names."""
        from onnx import helper

        names = [f"{kind.lower()}{len(self.nodes)}_{i}" for i in range(outputs)]
        self.nodes.append(helper.make_node(kind, list(inputs), names, **attributes))
        return names

    def dense(self, x: str, weight: Array, bias: Array, name: str) -> str:
        return self.op(
            "Add", self.op("MatMul", x, self.const(name, weight)), self.const(f"{name}.b", bias)
        )

    def dense_int8(self, x: str, weight: Array, bias: Array, name: str) -> str:
        """:meth:`dense` with the weights in 8 bits (seven of range), a scale for each
        output column (so that no column's range is lost to another's), and the input
        quantised as it comes (ONNX Runtime's DynamicQuantizeMatMul, a contributed
        operator)."""
        from onnx import helper

        # Seven bits of range, not eight: on a CPU without 8-bit dot products (AVX2
        # alone) the runtime adds pairs of 8-bit products in 16 bits, which 255 x 127 x 2
        # would overflow and 255 x 63 x 2 does not.
        scale = np.maximum(np.abs(weight).max(axis=0), 1e-12) / 63.0
        quantised = np.clip(np.round(weight / scale), -63, 63).astype(np.int8)
        inputs = [
            x,
            self.const(f"{name}.q", quantised),
            self.const(f"{name}.scale", scale.astype(np.float32)),
            self.const(f"{name}.zero", np.zeros(weight.shape[1], dtype=np.int8)),
            self.const(f"{name}.b", bias),
        ]
        output = f"dqmatmul{len(self.nodes)}_0"
        self.nodes.append(
            helper.make_node("DynamicQuantizeMatMul", inputs, [output], domain="com.microsoft")
        )
        return output

    def layer_norm(self, x: str, norm: tuple[Array, Array], name: str) -> str:
        weight, bias = self.const(f"{name}.w", norm[0]), self.const(f"{name}.b", norm[1])
        # The epsilon numpy uses (and BERT): 1e-12.
        return self.op("LayerNormalization", x, weight, bias, axis=-1, epsilon=1e-12)


def build_model(
    ln0: tuple[Array, Array],
    layers: Sequence[Layer],
    hidden: int,
    heads: int,
    int8: bool = False,
) -> tuple[bytes, dict[str, np.ndarray]]:
    """The serialised ONNX model and its large weights by name. The model's inputs:
    ``x`` (batch, pieces, hidden), the summed embeddings, and ``blocked`` (batch, 1, 1,
    pieces), the mask's additive term; its output ``y``, the last layer's vectors (batch,
    pieces, hidden). The large weights are declared in it as external data, and the
    session is handed them from memory (:class:`OnnxLayers`): written into the model
    they would cost 40 MB, and five times that in passing while it is built.

    ``int8``: the attention's products and the feed-forward layer's first in 8 bits
    (:meth:`_Graph.dense_int8`), about twice as fast on a CPU with 8-bit dot products;
    the feed-forward layer's second product stays in 32 bits, since its inputs (after the
    GELU) have outliers that 8 bits lose. On the benchmark's sets the logits move by 0.07
    on average and every AUC and macro-F1 by at most 0.002."""
    from onnx import TensorProto, helper, numpy_helper

    g = _Graph()
    size = hidden // heads
    to_heads = g.const("to_heads", np.array([0, 0, heads, size], dtype=np.int64))
    to_hidden = g.const("to_hidden", np.array([0, 0, hidden], dtype=np.int64))
    thirds = g.const("thirds", np.array([hidden] * 3, dtype=np.int64))
    scale = g.const("scale", np.array(1 / math.sqrt(size), dtype=np.float32))
    root2 = g.const("root2", np.array(math.sqrt(2.0), dtype=np.float32))
    one = g.const("one", np.array(1.0, dtype=np.float32))
    half = g.const("half", np.array(0.5, dtype=np.float32))
    x = g.layer_norm("x", ln0, "ln0")
    for i, layer in enumerate(layers):
        fast = g.dense_int8 if int8 else g.dense
        qkv = fast(x, layer.qkv, layer.qkv_bias, f"l{i}.qkv")
        q, k, v = g.ops("Split", qkv, thirds, outputs=3, axis=-1)
        q = g.op("Transpose", g.op("Reshape", q, to_heads), perm=[0, 2, 1, 3])
        k = g.op("Transpose", g.op("Reshape", k, to_heads), perm=[0, 2, 3, 1])  # transposed
        v = g.op("Transpose", g.op("Reshape", v, to_heads), perm=[0, 2, 1, 3])
        scores = g.op("Add", g.op("Mul", g.op("MatMul", q, k), scale), "blocked")
        context = g.op("MatMul", g.op("Softmax", scores, axis=-1), v)
        context = g.op("Reshape", g.op("Transpose", context, perm=[0, 2, 1, 3]), to_hidden)
        attended = fast(context, layer.out, layer.out_bias, f"l{i}.out")
        x = g.layer_norm(g.op("Add", x, attended), layer.ln1, f"l{i}.ln1")
        up = fast(x, layer.up, layer.up_bias, f"l{i}.up")
        # GELU with the exact error function, in the form ONNX Runtime fuses into one op.
        gelu = g.op(
            "Mul", g.op("Mul", up, g.op("Add", g.op("Erf", g.op("Div", up, root2)), one)), half
        )
        down = g.dense(gelu, layer.down, layer.down_bias, f"l{i}.down")
        x = g.layer_norm(g.op("Add", x, down), layer.ln2, f"l{i}.ln2")
    g.nodes.append(helper.make_node("Identity", [x], ["y"]))
    floats = TensorProto.FLOAT
    weights, external = [], {}
    for name, value in g.weights.items():
        if value.size < 1024:  # shapes and scalars: in the model, for its optimiser
            weights.append(numpy_helper.from_array(value, name))
            continue
        # Declared, not stored: the data is "external", and the session is handed it.
        external[name] = value
        tensor = TensorProto(
            name=name,
            dims=value.shape,
            data_type=helper.np_dtype_to_tensor_dtype(value.dtype),
            data_location=TensorProto.EXTERNAL,
        )
        for key, text in (("location", "policyguard-memory"), ("length", str(value.nbytes))):
            tensor.external_data.add(key=key, value=text)
        weights.append(tensor)
    graph = helper.make_graph(
        g.nodes,
        "policyguard_encoder",
        [
            helper.make_tensor_value_info("x", floats, ["batch", "pieces", hidden]),
            helper.make_tensor_value_info("blocked", floats, ["batch", 1, 1, "pieces"]),
        ],
        [helper.make_tensor_value_info("y", floats, ["batch", "pieces", hidden])],
        weights,
    )
    opsets = [helper.make_opsetid("", OPSET)]
    if int8:
        opsets.append(helper.make_opsetid("com.microsoft", 1))
    model = helper.make_model(graph, opset_imports=opsets)
    model.ir_version = IR_VERSION
    # (No onnx.checker: it would look for the external data in a file. ONNX Runtime
    # checks the model as it loads it.)
    return bytes(model.SerializeToString()), external


class OnnxUnusable(Exception):
    """The installed ONNX Runtime cannot run the graph (too old, or broken)."""


class OnnxLayers:
    """The layers, run by ONNX Runtime on one thread: (embeddings, blocked) -> vectors.
    Safe to call from several threads at once (ONNX Runtime's ``run`` is)."""

    def __init__(
        self,
        ln0: tuple[Array, Array],
        layers: Sequence[Layer],
        hidden: int,
        heads: int,
        int8: bool = False,
    ) -> None:
        try:  # a broken install, an onnx or a runtime too old: refused here, by reason
            import onnxruntime

            options = onnxruntime.SessionOptions()
            options.intra_op_num_threads = 1
            options.inter_op_num_threads = 1
            options.log_severity_level = 3  # errors only: no notes on stderr at start-up
            options.add_session_config_entry("session.intra_op.allow_spinning", "0")
            model, weights = build_model(ln0, layers, hidden, heads, int8)
            names = list(weights)
            # The session reads these arrays for as long as it lives: held here.
            self._values = [onnxruntime.OrtValue.ortvalue_from_numpy(weights[n]) for n in names]
            options.add_external_initializers(names, self._values)
            self._session = onnxruntime.InferenceSession(
                model, options, providers=["CPUExecutionProvider"]
            )
        except Exception as exc:  # the runtime's own errors derive from Exception alone
            version = getattr(sys.modules.get("onnxruntime"), "__version__", "(not importable)")
            raise OnnxUnusable(f"ONNX Runtime {version}: {exc}") from exc

    def __call__(self, x: Array, blocked: Array) -> Array:
        (y,) = self._session.run(["y"], {"x": x, "blocked": blocked})
        return np.asarray(y, dtype=np.float32)
