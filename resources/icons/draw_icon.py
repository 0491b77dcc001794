"""Draw the application icon: a globe seen through a magnifying glass.

    uv run python resources/icons/draw_icon.py

writes ``gcm-review-{size}.png`` for the window and ``gcm-review.ico`` for the
Windows executable into this folder. The shapes are drawn large and scaled
down, which smooths their edges; the small sizes get thicker strokes and a
plain globe, so that the glass still reads at 16 pixels.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256)  # as desktop/ui/icons.py lists them
CANVAS = 1024
BLUE = (11, 92, 140, 255)
WHITE = (255, 255, 255, 255)
AMBER = (242, 177, 52, 255)


def draw(size: int) -> Image.Image:
    """The icon at ``size`` pixels square."""
    bold = 1.0 if size >= 48 else 1.5  # strokes that survive the scaling down
    image = Image.new("RGBA", (CANVAS, CANVAS), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((24, 24, CANVAS - 24, CANVAS - 24), radius=200, fill=BLUE)

    cx, cy, r = 430, 430, 270  # the lens, holding the globe
    line = int(44 * bold)
    # The handle first, so that the rim covers its end.
    pen.line((cx + 180, cy + 180, 850, 850), fill=AMBER, width=int(120 * min(bold, 1.3)))
    pen.ellipse((850 - 60, 850 - 60, 850 + 60, 850 + 60), fill=AMBER)
    pen.ellipse((cx - r, cy - r, cx + r, cy + r), fill=BLUE, outline=AMBER, width=int(56 * bold))
    g = r - 70  # the globe inside the lens
    if size < 48:  # a plain white globe: lines would blur into grey at this size
        pen.ellipse((cx - g, cy - g, cx + g, cy + g), fill=WHITE)
    else:
        pen.ellipse((cx - g, cy - g, cx + g, cy + g), outline=WHITE, width=line)
        pen.ellipse((cx - g * 9 // 20, cy - g, cx + g * 9 // 20, cy + g), outline=WHITE, width=line)
        pen.line((cx - g, cy, cx + g, cy), fill=WHITE, width=line)
        for dy in (-g * 11 // 20, g * 11 // 20):  # two parallels
            half = int((g * g - dy * dy) ** 0.5)
            pen.line((cx - half, cy + dy, cx + half, cy + dy), fill=WHITE, width=line)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    images = {size: draw(size) for size in SIZES}
    for size, image in images.items():
        image.save(HERE / f"gcm-review-{size}.png", optimize=True)
    images[256].save(
        HERE / "gcm-review.ico",
        sizes=[(s, s) for s in SIZES if s <= 256],
        append_images=[images[s] for s in SIZES if s < 256],
    )


if __name__ == "__main__":
    main()
