"""Markdown table from bench/out/<label>.json (written by bench_load.py), for docs/benchmarks.md."""
import json
import sys
from pathlib import Path

OUT = Path(__file__).parent / "out"


def main(label: str) -> None:
    data = json.loads((OUT / f"{label}.json").read_text())
    print(f"Run `{label}`: {data['users']} users, {data['duration_s']} s, {data['web_processes']} gunicorn "
          f"processes, {data['task_workers']} task workers.\n")
    print("| endpoint | requests | failures | req/s | p50 ms | p95 ms | p99 ms | server p50 / p95 ms |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    server = data.get("server_side", {})
    for name, row in data["stats"].items():
        path = name.split(" [")[0]
        side = server.get(path) if "<id>" not in path else None
        side_text = f"{side['p50_ms']:.0f} / {side['p95_ms']:.0f}" if side else ""
        label = f"**{name}**" if name == "Aggregated" else f"`{name}`"
        print(f"| {label} | {row['requests']} | {row['failures']} | {row['rps']} | {row['p50_ms']} | "
              f"{row['p95_ms']} | {row['p99_ms']} | {side_text} |")
    res = data["resources"]
    cpu = ", ".join(f"{k} {v} %" for k, v in res["cpu_percent_mean_by_role"].items())
    print(f"\nMean CPU by role (100 % = one core): {cpu}; system {res['system_cpu_percent_mean']} %; "
          f"PostgreSQL lock waits max {res['lock_waits_max']}, active backends mean {res['pg_active_mean']}.")
    if data.get("import"):
        imp = data["import"]
        print(f"\nImport during the run: exit code {imp.get('returncode')}, {imp.get('seconds')} s.")


if __name__ == "__main__":
    main(sys.argv[1])
