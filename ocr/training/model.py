"""The digit CNN (PyTorch; training only). Conv/BatchNorm/ReLU/MaxPool/Flatten/Linear; `for_export` folds
each BatchNorm into the convolution before it, so that the ONNX export is only Conv, Relu, MaxPool, Flatten
and Gemm nodes, which cv2.dnn runs. Output: 12 logits (no softmax)."""

from __future__ import annotations

import copy

from torch import nn
from torch.nn.utils.fusion import fuse_conv_bn_eval

from ocr.digits.labels import NUM_CLASSES


def _block(cin: int, cout: int) -> list[nn.Module]:
    return [nn.Conv2d(cin, cout, 3, padding=1), nn.BatchNorm2d(cout), nn.ReLU()]


def build() -> nn.Sequential:
    return nn.Sequential(
        *_block(1, 32),
        nn.MaxPool2d(2),  # 28 → 14
        *_block(32, 64),
        nn.MaxPool2d(2),  # 14 → 7
        *_block(64, 128),
        nn.MaxPool2d(2),  # 7 → 3
        nn.Flatten(),
        nn.Linear(128 * 3 * 3, 192),
        nn.ReLU(),
        nn.Dropout(0.3),  # training only; the eval-mode export drops it
        nn.Linear(192, NUM_CLASSES),
    )


def for_export(model: nn.Sequential) -> nn.Sequential:
    """An eval-mode copy with every Conv+BatchNorm pair folded into one Conv (same outputs)."""
    model = copy.deepcopy(model).eval()
    layers, modules = [], list(model)
    i = 0
    while i < len(modules):
        m = modules[i]
        if isinstance(m, nn.Conv2d) and i + 1 < len(modules) and isinstance(modules[i + 1], nn.BatchNorm2d):
            layers.append(fuse_conv_bn_eval(m, modules[i + 1]))
            i += 2
        else:
            layers.append(m)
            i += 1
    return nn.Sequential(*layers).eval()
