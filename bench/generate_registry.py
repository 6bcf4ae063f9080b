"""Generate a SYNTHETIC registry in the SIRENE StockEtablissement layout (see
relocalisation/detection/synthetic.py for what is real and what is invented).

    PYTHONPATH=src /work/main/.venv/bin/python bench/generate_registry.py --rows 10000000 \\
        --out var/bench/StockEtablissement.synthetic.csv.gz
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from relocalisation.detection.synthetic import main  # noqa: E402

if __name__ == "__main__":
    main()
