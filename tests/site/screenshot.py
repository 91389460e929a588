"""`python -m tests.site.screenshot`: the README's pictures of the fact browser, from the real base.

Builds the site into a temp dir, serves it on 127.0.0.1 and saves what headless Chromium shows:
the top of an article page (docs/img/article.png) and the same page at phone width, opened at a
quote's anchor (docs/img/article-phone.png). Re-run it after changing the templates or the stylesheet.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from bot.core.engine import Engine
from bot.core.paths import data_root
from bot.site.build import build_site
from bot.site.links import article_path

from .browser import serve, start_driver

ARTICLE = "2025-07-10-arab-news-alibaba-team-visits-pakistan"
FACT = "alibaba-delegation-2025-from-alibaba-group-arab-news"  # a quote another source disagrees with


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m tests.site.screenshot", description=__doc__)
    ap.add_argument("--out", type=Path, default=Path("docs/img"))
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        build_site(Engine.load(data_root()), site)
        driver = start_driver(1000, 760)
        try:
            with serve(site) as url:
                for name, width, height, mobile, anchor in (("article.png", 1000, 1000, False, ""),
                                                            ("article-phone.png", 400, 800, True, f"#{FACT}")):
                    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                           {"width": width, "height": height, "deviceScaleFactor": 1,
                                            "mobile": mobile})
                    driver.get(f"{url}{article_path(ARTICLE)}{anchor}")
                    time.sleep(0.3)
                    driver.save_screenshot(str(args.out / name))
                    print(f"wrote {args.out / name}")
        finally:
            driver.quit()


if __name__ == "__main__":
    main()
