"""Train the learned vetting of proposed laureates (issue 6, ``press/vetting.py``) and, with
``--retrain-classifier``, the candidate classifier (``press/classifier.py``); measure them honestly (decision 0014).

    PYTHONPATH=src python bench/train_press_vetting.py --retrain-classifier --cv   # leave-one-set-out table only
    PYTHONPATH=src python bench/train_press_vetting.py --retrain-classifier        # writes both JSON models

Needs scikit-learn (``pip install -e .[train]``). The extractor runs (rules + candidate classifier) on each text of
each set; every laureate it proposes is labelled from the gold file (same organisation matching as ``eval_press``;
a proposal matching only an « optional » gold laureate is left out) and described by ``vetting.features``. A
logistic regression is fitted and written as JSON next to the extractor (``press_vetting.json``).

Training sets (``--sets``): only sets **the rules were not written on** — B, D, F, H, I, N, O, S, T, U, V, Y, Z
(held out when they were scored) and AE–AH (written for training). On the development sets the rules propose
almost only true laureates, so they are only extra data (``--extra``: development sets, seeds, our own articles).
With ``--retrain-classifier`` the classifier learns from all of these, and each training set is extracted by a
classifier trained without it (five folds), so that the vetting learns from the errors a new text gets.
Synthetic sets only, besides the seeds and our own articles: real articles are no longer copied (decision 0013).
AA–AD judged the result once and are never trained on.

With ``--cv``, each training set is scored by ``eval_press`` with a vetting trained on the other sets. The threshold
is fixed (``--threshold``, 0.15: see decision 0014), or chosen by an inner leave-one-set-out (``--threshold 0``).
Deterministic: documents in name order, fixed solver."""
import argparse
import datetime
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LEXICAL = ("l1:", "l2:", "r1:", "r2:", "lw:", "rw:")
DROP = ()  # feature prefixes left out (--drop)
FIXED_THRESHOLD = None  # --threshold
# The shipped classifier and vetting were trained on the 28 sets before « aq » (eighth session). Retrained on all 36
# (ninth session), cross-validation moved little (0.852 laureate F1) but the models dropped names in three invented
# tests modelled on real articles (« X et Y » in an enumeration, a name with no cue, a rule's « la société X »): not
# shipped. The shipped linking was trained on all 36, on the extractions of those retrained models (a linking
# retrained on the shipped ones vetoed an envelope « Doté de 20 millions d'euros » in another invented test).
# Tenth session, on 46 training sets (AX, AZ and BJ–BQ added): the vetting's cross-validation rose again (0.824 →
# 0.860 laureate F1, 0.826 → 0.835 field F1), but the retrained classifier missed names in two invented tests (« Les
# deux autres lauréats, X et Y, recevront … », a lone laureate) and the retrained vetting dropped three (« la société
# Colorix », « Cartonnerie du Loir », « Perfusia »); a linking retrained on the shipped models failed two (the
# envelope again, and « (EMS) Cartelec » next to « GaN »). None was shipped.
# Eleventh session, on 52 training sets (BF, BG, BV–BY added): cross-validation 0.826 → 0.859 laureate F1 with the
# vetting, but on the 22 sets no shipped model learnt, only +0.006 over the shipped models; the retrained classifier
# and vetting failed five invented tests. Not shipped either.
# Eighteenth session, on 64 training sets (the seventeenth session's judges DL–DQ and two new sets EB, EC added),
# vetting only, leave-one-set-out laureate F1: 0.859 without vetting, 0.885 with the shipped one, 0.886 retrained at
# 0.15 (7 invented tests fail), 0.893 at 0.3 (19 fail), 0.899 at 0.5 (36 fail), 0.892 without the lexical features at
# 0.3 (15 fail): what the synthetic sets teach drops laureates of short texts. Not shipped. DL–DQ then became
# development sets (rules were written on them), so they left TRAIN_SETS again.
TRAIN_SETS = ("b d f h i n o s t u v y z ae af ag ah aa ab ac ad ai aj ak al au av aw aq ar as at bb bc bd be "
              "ax az bj bk bl bm bn bo bp bq bf bg bv bw bx by cd ce cj ck eb ec").split()
# Sets the rules were written on, and the real seeds and our own articles: the candidate classifier learns from
# them too (what a name looks like), never the vetting (the rules are right there too often).
DEV_SETS = "a c e g j k l p m q r w x ay ba bh bi am ap an br bs bt bu bz ca cb cc cf cg ch ci cl cm cn co cp cq cx cy cz da cr cs ct cu cv cw dh di dj dk db dc dd de df dg dr ds dt du dl dm dn do dp dq dv dw dx dy dz ea ed ee ef eg eh ei ej ek el em en eo ep eq er es et eu ev ew ex ey ez fa fb fc fd fe ff fg seeds own".split()


def set_paths(name):
    if name == "seeds":
        return Path("/work/shared/gold/seeds-laureates.json"), Path("/work/shared/seeds")
    if name == "own":
        return ROOT / "tests/ingestion/press_articles/gold.json", ROOT / "tests/ingestion/press_articles"
    base = ROOT / f"bench/press_synthetic_{name}"
    texts = base / "articles" if (base / "articles").is_dir() else base
    return base / "gold.json", texts


def candidate_sets(names):
    """Candidates of each set for the candidate classifier (``train_press_classifier.load_set``)."""
    import train_press_classifier as clf_train

    return {n: clf_train.load_set(n, *set_paths(n)) for n in names}


def train_classifier(cands, names, C=0.5, min_docs=3):
    import train_press_classifier as clf_train
    from relocalisation.ingestion.press.classifier import Classifier

    model = clf_train.train({n: cands[n] for n in names}, C, min_docs, 0.0)
    return model, Classifier(model["weights"], model["bias"], model["threshold"], model["veto"])


def collect_set(name, role, make_collector, **extractor_args):
    """[(gold doc, prediction dict, collector)] of each text of a set, extracted with a fresh ``make_collector()``
    standing in for the extractor's model ``role`` (« vetting », « linking »)."""
    from relocalisation.ingestion.press.evaluate import load_gold
    from relocalisation.ingestion.press.extract import Extractor
    from relocalisation.ingestion.press.readers import read_document

    gold_path, text_dir = set_paths(name)
    out = []
    for doc in sorted(load_gold(gold_path)["documents"], key=lambda d: d["source"]):
        path = text_dir / doc["source"]
        if not path.is_file():
            continue
        collector = make_collector()
        pred = Extractor(**extractor_args, **{role: collector})(read_document(path), doc["source"]).to_dict()
        out.append((doc, pred, collector))
    return out


def in_parallel(fn, arg_tuples, jobs):
    """[fn(*args) for args in arg_tuples], in ``jobs`` processes when more than one: the sets are independent, and
    forked processes share the models already loaded."""
    if jobs <= 1:
        return [fn(*args) for args in arg_tuples]
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        return pool.starmap(fn, arg_tuples)


def load_set(name, classifier="default"):
    """[(source, gold doc, prediction dict, [features of each predicted laureate])] of one set."""
    from relocalisation.ingestion.press.vetting import VettingCollector

    out = []
    for doc, pred, collector in collect_set(name, "vetting", VettingCollector, classifier=classifier):
        feats = [x for _, x in collector.documents[0][1]] if collector.documents else []
        assert len(feats) == len(pred["laureates"])
        out.append((doc["source"], doc, pred, feats))
    return out


def labelled(docs, set_name):
    """(features, label, group) of each proposal; proposals matching only an optional laureate are left out."""
    from relocalisation.ingestion.press.evaluate import org_match_key, gold_org_keys

    rows = []
    for source, doc, pred, feats in docs:
        golds = doc.get("laureates") or []
        required = set().union(*[gold_org_keys(g) for g in golds if not g.get("optional")] or [set()])
        optional = set().union(*[gold_org_keys(g) for g in golds if g.get("optional")] or [set()])
        for lau, x in zip(pred["laureates"], feats):
            key = org_match_key(lau.get("organisation"))
            if key in optional and key not in required:
                continue
            rows.append((x, int(key in required), set_name))
    return rows


def fit(rows, C, min_docs):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    groups_of = {}
    for x, _, g in rows:
        for k in x:
            if k.startswith(LEXICAL):
                groups_of.setdefault(k, set()).add(g)
    keep = {k for k, gs in groups_of.items() if len(gs) >= min_docs}

    def filt(x):
        return {k: v for k, v in x.items() if (not k.startswith(LEXICAL) or k in keep) and not (DROP and k.startswith(DROP))}

    vec = DictVectorizer(sort=True)
    X = vec.fit_transform([filt(r[0]) for r in rows])
    model = LogisticRegression(C=C, max_iter=3000, solver="lbfgs")
    model.fit(X, [r[1] for r in rows])
    weights = {n: round(float(w), 4) for n, w in zip(vec.get_feature_names_out(), model.coef_[0]) if abs(w) >= 1e-4}
    return weights, round(float(model.intercept_[0]), 4)


def filtered(docs, model):
    """Predictions of ``docs`` with the laureates the model drops removed."""
    preds = {}
    for source, _, pred, feats in docs:
        kept = [lau for lau, x in zip(pred["laureates"], feats) if model is None or model.probability(x) >= model.threshold]
        preds[source] = dict(pred, laureates=kept)
    return preds


def score(docs, model):
    from relocalisation.ingestion.press.evaluate import evaluate

    gold = {"documents": [doc for _, doc, _, _ in docs]}
    return evaluate(gold, filtered(docs, model))


def choose_threshold(data, names, C, min_docs):
    """Threshold maximising laureate F1 (micro) over an inner leave-one-set-out of ``names`` only."""
    from relocalisation.ingestion.press.vetting import Vetting

    per_t = {t: [0, 0, 0] for t in [x / 100 for x in range(5, 80, 5)]}
    for held in names:
        train = [r for n in names if n != held for r in labelled(data[n], n)]
        w, b = fit(train, C, min_docs)
        for t, acc in per_t.items():
            lc = score(data[held], Vetting(w, b, t)).laureates
            acc[0] += lc.tp
            acc[1] += lc.fp
            acc[2] += lc.fn
    best = max(per_t.items(), key=lambda kv: (2 * kv[1][0] / max(1, 2 * kv[1][0] + kv[1][1] + kv[1][2]), -kv[0]))
    return best[0]


def train(data, names, C, min_docs, inner=True):
    from relocalisation.ingestion.press.vetting import FORMAT

    rows = [r for n in names for r in labelled(data[n], n)]
    weights, bias = fit(rows, C, min_docs)
    threshold = FIXED_THRESHOLD or (choose_threshold(data, names, C, min_docs) if inner else 0.5)
    return {"format": FORMAT, "bias": bias, "threshold": threshold, "weights": dict(sorted(weights.items())),
            "meta": {"sets": {n: len(data[n]) for n in names}, "proposals": len(rows),
                     "laureates": sum(r[1] for r in rows), "C": C, "min_docs": min_docs,
                     "threshold": "fixed" if FIXED_THRESHOLD else "inner cross-validation", "dropped": list(DROP),
                     "date": datetime.date.today().isoformat()}}


def fmt(r):
    lc, fc = r.laureates, r.fields_total
    return f"{lc.f1:.3f} ({lc.precision:.2f}/{lc.recall:.2f}) · {fc.f1:.3f}"


def extractions(args, names, judges, extra):
    """Each set's extraction (rules, candidate classifier) with the vetting's features of each proposal."""
    data = {}
    full_model = None
    classifier_of = {name: "default" for name in names + judges + extra}
    if args.retrain_classifier:
        sys.path.insert(0, str(ROOT / "bench"))
        clf_names = names + [n for n in DEV_SETS if n not in names]
        cands = candidate_sets(clf_names)
        full_model, full = train_classifier(cands, clf_names)
        for name in judges + extra:
            classifier_of[name] = full
        for k in range(args.folds):
            fold = names[k::args.folds]
            _, clf = train_classifier(cands, [n for n in clf_names if n not in fold])
            for name in fold:
                classifier_of[name] = clf
            print(f"# classifieur sans {' '.join(fold)} : seuil {clf.threshold}", file=sys.stderr)
    todo = names + judges + extra
    loaded = in_parallel(load_set, [(name, classifier_of[name]) for name in todo], args.jobs)
    for name, docs in zip(todo, loaded):
        data[name] = docs
        print(f"# {name}: {len(docs)} documents, {sum(len(d[2]['laureates']) for d in docs)} propositions",
              file=sys.stderr)
    return data, full_model


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default=" ".join(TRAIN_SETS), help="training sets (letters), space-separated")
    parser.add_argument("--judge", default="", help="sets only scored, never trained on (letters)")
    parser.add_argument("--extra", default=" ".join(DEV_SETS), help="sets always added to training, never scored (letters)")
    parser.add_argument("--cv", action="store_true")
    parser.add_argument("--C", type=float, default=0.3)
    parser.add_argument("--min-docs", type=int, default=3, help="lexical features kept when seen in that many sets")
    parser.add_argument("--out", default=str(ROOT / "src/relocalisation/ingestion/press/press_vetting.json"))
    parser.add_argument("--retrain-classifier", action="store_true",
                        help="retrain the candidate classifier too (on the training and development sets); the "
                             "vetting then learns from extractions whose classifier never saw the set (K folds)")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=1, help="sets extracted in parallel (processes)")
    parser.add_argument("--threshold", type=float, default=0.15,
                        help="fixed threshold (0 = chosen by an inner cross-validation, for laureate F1)")
    parser.add_argument("--cache", help="pickle of the extractions, to try model settings quickly (written if absent)")
    parser.add_argument("--drop", default="", help="feature prefixes left out of the model, space-separated")
    parser.add_argument("--classifier-out", default=str(ROOT / "src/relocalisation/ingestion/press/press_classifier.json"))
    args = parser.parse_args()
    from relocalisation.ingestion.press.vetting import Vetting

    names, judges, extra = args.sets.split(), args.judge.split(), args.extra.split()
    global DROP, FIXED_THRESHOLD
    DROP, FIXED_THRESHOLD = tuple(args.drop.split()), args.threshold
    if args.cache and Path(args.cache).is_file():
        import pickle

        data, full_model = pickle.loads(Path(args.cache).read_bytes())
    else:
        data, full_model = extractions(args, names, judges, extra)
        if args.cache:
            import pickle

            Path(args.cache).write_bytes(pickle.dumps((data, full_model)))
    if args.cv:
        from relocalisation.ingestion.press.vetting import default_vetting

        shipped = default_vetting()
        print("| jeu | articles | sans vérification : lauréats F1 (P/R) · champs F1 | vérification livrée "
              "| vérification réentraînée | seuil |")
        print("|---|---|---|---|---|---|")
        tot = {"b": [0, 0, 0, 0, 0, 0], "s": [0, 0, 0, 0, 0, 0], "v": [0, 0, 0, 0, 0, 0]}
        rows = [(n, [m for m in names if m != n] + extra) for n in names] + [(j, names + extra) for j in judges]
        for held, train_names in rows:
            model = train(data, train_names, args.C, args.min_docs)
            vet = Vetting(model["weights"], model["bias"], model["threshold"])
            base, ship, lrn = score(data[held], None), score(data[held], shipped), score(data[held], vet)
            mark = " (juge)" if held in judges else ""
            print(f"| {held}{mark} | {len(data[held])} | {fmt(base)} | {fmt(ship)} | {fmt(lrn)} | {model['threshold']:.2f} |",
                  flush=True)
            if held in judges:
                continue
            for k, r in (("b", base), ("s", ship), ("v", lrn)):
                for i, c in enumerate((r.laureates, r.fields_total)):
                    tot[k][3 * i:3 * i + 3] = [a + b for a, b in zip(tot[k][3 * i:3 * i + 3], (c.tp, c.fp, c.fn))]

        def f1(tp, fp, fn):
            return f"{2 * tp / max(1, 2 * tp + fp + fn):.3f} ({tp / max(1, tp + fp):.2f}/{tp / max(1, tp + fn):.2f})"
        print(f"| total (micro, hors juges) | | {f1(*tot['b'][:3])} · {f1(*tot['b'][3:])[:5]} "
              f"| {f1(*tot['s'][:3])} · {f1(*tot['s'][3:])[:5]} | {f1(*tot['v'][:3])} · {f1(*tot['v'][3:])[:5]} | |")
        return
    model = train(data, names + extra, args.C, args.min_docs)
    if args.retrain_classifier and full_model:
        Path(args.classifier_out).write_text(json.dumps(full_model, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    Path(args.out).write_text(json.dumps(model, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(json.dumps(model["meta"] | {"threshold": model["threshold"], "features": len(model["weights"])},
                     ensure_ascii=False))


if __name__ == "__main__":
    main()
