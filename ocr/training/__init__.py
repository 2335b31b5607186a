"""Everything that makes the digit model, and nothing the kiosk reads with.

    python -m ocr.training.mnist fetch   # once, at install time: the MNIST digits, SHA-256 checked
    python -m ocr.training.train         # the model ocr/digits/digits.onnx and its reference.json

`mnist` (the fetch command, the training and calibration splits), `augment` and `nondigits`
(synthetic box images), `formcrops` (training boxes cut by the run-time pipeline from synthetic
forms), `model` (the PyTorch network), `report` (validation metrics and the threshold choice) and
`train` (the script). It may import any part of `ocr`; no run-time module of `ocr` imports it
(tests/ocr/test_package_walls.py). `model` and `train` need the `train` extra (torch).
"""
