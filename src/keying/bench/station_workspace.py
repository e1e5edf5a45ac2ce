"""The workspace the station benchmark (`python -m keying.ui.benchmark`) keys: a batch of N
one-page household-census documents whose pages are of distinct content (so nothing is decoded
once for all), and one operator account. No Qt: the benchmark's measuring half is in
`keying.ui.benchmark`."""

from __future__ import annotations

import io
import random
from pathlib import Path

from PIL import Image, ImageDraw

from keying.forms import load_form
from keying.paths import shipped_forms
from keying.services import Services, Workspace
from keying.storage import repo
from keying.storage.users import add_user
from keying.storage.vocabulary import Role

LOGIN = "bench"
PASSWORD = "bench-password"
FORM = "household_census"


def page_png(seed: int, size: tuple[int, int], noisy: bool = False) -> bytes:
    """A page of distinct content: lines of random text, as PNG. `noisy` gives grey paper
    with scanner noise, which compresses as badly as a real scan (about 5 MB at A4, 300 dpi)."""
    rng = random.Random(seed)
    if noisy:
        image = Image.effect_noise(size, 30).point(lambda v: 200 + v // 8)
    else:
        image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    step = max(size[1] // 60, 12)
    for y in range(step * 2, size[1] - step * 2, step):
        words = " ".join(str(rng.randrange(10**6)) for _ in range(rng.randrange(3, 12)))
        draw.text((size[0] // 20, y), f"{seed:05d} {words}", fill=rng.randrange(0, 90))
    buf = io.BytesIO()
    image.save(buf, format="PNG", compress_level=1)
    return buf.getvalue()


def build_workspace(directory: Path, pages: int) -> Workspace:
    workspace = Workspace.from_dir(directory)
    services = Services.open(workspace)
    try:
        path = next(p for p in shipped_forms() if p.stem == FORM)
        loaded = load_form(path)
        with services.sessions() as session:
            add_user(
                session, login=LOGIN, display_name="Bench", role=Role.OPERATOR, password=PASSWORD
            )
            form = repo.add_form_definition(
                session, loaded.definition.form, loaded.definition.version, loaded.text
            )
            batch = repo.add_batch(session, "Bench batch", form)
            for i in range(pages):
                png = page_png(i, (1654, 2339))  # A4 at 200 dpi, as the scanners deliver
                repo.add_document(session, batch, f"B-{i:05d}", [(png, "image/png", 1654, 2339)])
            session.commit()
    finally:
        services.close()
    return workspace
