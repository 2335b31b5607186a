"""Make a clean page image look like a real scan or phone photo."""

from __future__ import annotations

import cv2
import numpy as np


def degrade(
    image: np.ndarray,
    rng: np.random.Generator,
    rotation_deg: float = 0.0,
    scale: float = 1.0,
    perspective: float = 0.0,
    blur: float = 0.0,
    noise: float = 0.0,
    uneven_light: float = 0.0,
    jpeg_quality: int | None = None,
    dpi: float | None = None,
    src_dpi: float = 300.0,
    background: int = 255,
    margin_mm: float = 8.0,
) -> np.ndarray:
    """Scan/photo effects, applied in this order:

    dpi: resample from src_dpi to this resolution (None keeps src_dpi);
    rotation_deg, scale, perspective: the page turned about its centre, scaled, and its corners
    moved by up to `perspective` x page width (a photo taken at an angle), placed on a canvas of
    `background` with room for the whole page plus margin_mm;
    blur: Gaussian sigma in mm (0.1 slight, 0.5 very blurred);
    uneven_light: 0..1, depth of a smooth lighting gradient and vignette;
    noise: Gaussian sensor noise, sigma in grey levels;
    jpeg_quality: JPEG compression at this quality (None: none).
    Returns a grayscale uint8 image.
    """
    img = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    img = img.astype(np.uint8)
    out_dpi = dpi or src_dpi
    if out_dpi != src_dpi:
        f = out_dpi / src_dpi
        img = cv2.resize(img, None, fx=f, fy=f, interpolation=cv2.INTER_AREA if f < 1 else cv2.INTER_CUBIC)
    s = out_dpi / 25.4
    h, w = img.shape
    corners = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    if rotation_deg or scale != 1.0 or perspective:
        c = np.float32([w / 2, h / 2])
        ang = np.deg2rad(rotation_deg)
        rot = np.float32([[np.cos(ang), -np.sin(ang)], [np.sin(ang), np.cos(ang)]]) * scale
        dst = (corners - c) @ rot.T + c
        if perspective:
            dst = dst + rng.uniform(-perspective, perspective, (4, 2)).astype(np.float32) * w
        m = margin_mm * s
        dst = dst - dst.min(axis=0) + m
        size = (int(np.ceil(dst[:, 0].max() + m)), int(np.ceil(dst[:, 1].max() + m)))
        hm = cv2.getPerspectiveTransform(corners, dst.astype(np.float32))
        img = cv2.warpPerspective(
            img, hm, size, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=int(background)
        )
    out = img.astype(np.float32)
    if blur > 0:
        out = cv2.GaussianBlur(out, (0, 0), blur * s)
    if uneven_light > 0:
        hh, ww = out.shape
        sh, sw = max(2, hh // 16), max(2, ww // 16)  # smooth field: compute small, scale up
        yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
        yy, xx = yy / (sh - 1), xx / (sw - 1)
        gx, gy = rng.normal(0, 1, 2)
        grad = gx * (xx - 0.5) + gy * (yy - 0.5)
        grad = (grad - grad.min()) / max(float(np.ptp(grad)), 1e-6)
        cx, cy = rng.uniform(0.3, 0.7, 2)
        vign = (xx - cx) ** 2 + (yy - cy) ** 2
        vign = vign / max(float(vign.max()), 1e-6)
        light = 1 - uneven_light * (0.6 * grad + 0.4 * vign)
        out *= cv2.resize(light.astype(np.float32), (ww, hh), interpolation=cv2.INTER_LINEAR)
    if noise > 0:
        out += rng.standard_normal(out.shape, dtype=np.float32) * np.float32(noise)
    out = np.clip(np.rint(out), 0, 255).astype(np.uint8)
    if jpeg_quality is not None:
        ok, buf = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, int(jpeg_quality)])
        out = cv2.imdecode(buf, cv2.IMREAD_GRAYSCALE)
    return out
