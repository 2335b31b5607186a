"""The digit CNN (PyTorch; training only). Plain Conv/ReLU/MaxPool/Flatten/Linear so that the ONNX export
is Conv, Relu, MaxPool, Flatten and Gemm nodes, which cv2.dnn runs. Output: 12 logits (no softmax)."""

from __future__ import annotations

from torch import nn

from .labels import NUM_CLASSES


def build() -> nn.Sequential:
    return nn.Sequential(
        nn.Conv2d(1, 24, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),  # 28 → 14
        nn.Conv2d(24, 48, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),  # 14 → 7
        nn.Conv2d(48, 96, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),  # 7 → 3
        nn.Flatten(),
        nn.Linear(96 * 3 * 3, 128), nn.ReLU(),
        nn.Dropout(0.3),  # training only; the eval-mode export drops it
        nn.Linear(128, NUM_CLASSES),
    )
