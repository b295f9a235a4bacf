"""Unit tests of the benchmark runner's pure parts (no benchmark is built or run)."""

import json
import math
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import cli, report, runner, stats

SVG_NS = "{http://www.w3.org/2000/svg}"


# ------------------------------------------------------------------ stats


def test_median_odd_even_and_unsorted():
    assert stats.median([3]) == 3
    assert stats.median([5, 1, 3]) == 3
    assert stats.median([4, 1, 3, 2]) == 2.5
    with pytest.raises(ValueError):
        stats.median([])


def test_geomean():
    assert stats.geomean([2.0, 8.0]) == pytest.approx(4.0)
    assert stats.geomean([1.5]) == pytest.approx(1.5)
    assert stats.geomean([]) is None
    with pytest.raises(ValueError):
        stats.geomean([1.0, 0.0])


def test_spread_and_ratio():
    assert stats.spread([1.0]) == 0.0
    assert stats.spread([0.9, 1.0, 1.1]) == pytest.approx(0.2)
    assert stats.ratio(3.0, 2.0) == 1.5
    assert stats.ratio(None, 2.0) is None
    assert stats.ratio(1.0, 0) is None


# ------------------------------------------------------------ runner helpers


def test_parse_ldflags_and_checksum():
    src = "// nbody\n#include <math.h>\n// LDFLAGS: -lm -lpthread\nint main(void){}\n"
    assert runner.parse_ldflags(src) == ["-lm", "-lpthread"]
    assert runner.parse_ldflags("int main(void){}\n") == []
    assert runner.parse_checksum("hello\nchecksum: 12 ab\n") == "checksum: 12 ab"
    assert runner.parse_checksum("no line\n") is None


def test_first_error_line_prefers_exception_of_traceback():
    assert runner.first_error_line("", "\n  error: boom\nmore") == "error: boom"
    tb = "Traceback (most recent call last):\n  File 'x'\nValueError: bad\n"
    assert runner.first_error_line(tb) == "ValueError: bad"
    assert runner.first_error_line("", None, default="nothing") == "nothing"


def test_build_command_shapes():
    cmd = runner.build_command("gcc", "p.c", "out", ["-lm"], None)
    assert cmd == ["gcc", "-O2", "p.c", "-o", "out", "-lm"]
    cmd = runner.build_command("safec-safe", "p.c", "out", [], ["safec"])
    assert cmd == ["safec", "build", "--mode", "safe", "--uninit=trap", "-O2", "p.c", "-o", "out"]
    assert runner.build_command("safec-c", "p.c", "out", [], None) is None


def test_check_run_reasons():
    ok = {"timed_out": False, "stderr": "", "returncode": 0, "stdout": "checksum: 1\n"}
    assert runner.check_run(ok, "checksum: 1") is None
    assert "differs" in runner.check_run(ok, "checksum: 2")
    bad = dict(ok, returncode=1)
    assert runner.check_run(bad, "checksum: 1").startswith("exit code 1")
    asan = dict(ok, stderr="==1==ERROR: AddressSanitizer: heap-buffer-overflow\n")
    assert "AddressSanitizer" in runner.check_run(asan, "checksum: 1")


def test_round_robin_order_rotates():
    cfgs = ["gcc", "asan", "safec-c"]
    assert runner.order_for_round(0, cfgs) == cfgs
    assert runner.order_for_round(1, cfgs) == ["asan", "safec-c", "gcc"]
    assert sorted(runner.order_for_round(5, cfgs)) == sorted(cfgs)


def test_every_program_declares_a_checksum_and_ldflags_parse():
    progs = runner.discover_programs()
    assert len(progs) >= 16
    for name, path in progs:
        text = path.read_text()
        assert "checksum: " in text, name
        runner.parse_ldflags(text)


# ------------------------------------------------------------ fake results


def entry(status="ok", times=(1.0,), rss=(1000,), size=16000, reason=None):
    return {
        "status": status,
        "reason": reason,
        "size": size if status == "ok" else None,
        "build_time": 0.1,
        "command": ["x"],
        "times": list(times) if status == "ok" else [],
        "cpu_times": list(times) if status == "ok" else [],
        "rss_kb": list(rss) if status == "ok" else [],
    }


def fake_doc():
    configs = ["gcc", "asan", "safec-safe"]
    results = {
        "alpha": {
            "checksum": "checksum: 1",
            "configs": {
                "gcc": entry(times=(1.0, 1.1, 0.9), rss=(1000, 1000, 1000), size=16000),
                "asan": entry(times=(2.0, 2.2, 1.8), rss=(3000, 3000, 3000), size=32000),
                "safec-safe": entry(
                    "n/a", reason="safec: error: --mode safe is not implemented yet"
                ),
            },
        },
        "beta": {
            "checksum": "checksum: 2",
            "configs": {
                "gcc": entry(times=(0.5,), rss=(2048,), size=20000),
                "asan": entry(times=(4.0,), rss=(4096,), size=40000),
                "safec-safe": entry(
                    "WRONG", reason="checksum differs: 'checksum: 3' != 'checksum: 2'"
                ),
            },
        },
    }
    runner.summarize(results)
    machine = {
        "date": "2024-01-01T00:00:00+00:00",
        "cpu": "Test CPU",
        "cores": 2,
        "gcc": "gcc 12",
        "kernel": "6",
        "python": "3.11",
        "git_commit": "abc123",
        "git_dirty": False,
        "safec": None,
        "safec_version": None,
    }
    return runner.make_document(results, configs, 3, machine)


def test_summarize_ratios_and_geomean():
    doc = fake_doc()
    a = doc["programs"]["alpha"]["configs"]
    assert a["gcc"]["median_time"] == 1.0
    assert a["asan"]["time_ratio"] == pytest.approx(2.0)
    assert a["asan"]["rss_ratio"] == pytest.approx(3.0)
    assert a["asan"]["size_ratio"] == pytest.approx(2.0)
    assert a["safec-safe"]["time_ratio"] is None
    g = doc["geomean"]
    assert g["asan"]["time"] == pytest.approx(math.sqrt(2.0 * 8.0))
    assert g["asan"]["n"] == 2
    assert g["safec-safe"]["time"] is None and g["safec-safe"]["n"] == 0


def test_summarize_cpu_metric():
    doc = fake_doc()
    results = doc["programs"]
    results["alpha"]["configs"]["asan"]["cpu_times"] = [3.0, 3.0, 3.0]
    runner.summarize(results, metric="cpu")
    assert results["alpha"]["configs"]["asan"]["time_ratio"] == pytest.approx(3.0)
    with pytest.raises(ValueError):
        runner.summarize(results, metric="bogus")


def test_format_table_contents():
    text = report.format_table(fake_doc())
    lines = text.splitlines()
    assert lines[0].startswith("Time: median wall time")
    alpha = next(line for line in lines if line.startswith("alpha"))
    assert "1.000s" in alpha and "2.00x" in alpha and "n/a" in alpha
    beta = next(line for line in lines if line.startswith("beta"))
    assert "WRONG" in beta and "8.00x" in beta
    geo = next(line for line in lines if line.startswith("geomean"))
    assert "4.00x" in geo
    assert "Peak RSS" in text and "Binary size" in text
    assert "safec-safe: n/a for alpha: safec: error: --mode safe is not implemented yet" in text
    assert "safec-safe: WRONG for beta" in text
    # columns line up: every row of the first section has the same width or less
    header = lines[1]
    assert header.split() == ["program", "gcc", "asan", "safec-safe"]


def test_format_helpers():
    assert report.fmt_ratio(None) == "-"
    assert report.fmt_ratio(1.234) == "1.23x"
    assert report.fmt_ratio(12.34) == "12.3x"
    assert report.fmt_kib(512) == "512K"
    assert report.fmt_kib(2048) == "2.0M"
    assert report.fmt_bytes(16384) == "16K"


def test_json_round_trip(tmp_path):
    doc = fake_doc()
    path = tmp_path / "sub" / "r.json"
    report.save_results(doc, path)
    back = report.load_results(path)
    assert back == json.loads(json.dumps(doc))
    assert report.format_table(back) == report.format_table(doc)
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]")
    with pytest.raises(ValueError):
        report.load_results(bad)


def test_compare_reports_geomean_change():
    a = fake_doc()
    b = json.loads(json.dumps(a))
    b["machine"]["git_commit"] = "def456"
    b["programs"]["beta"]["configs"]["asan"]["times"] = [2.0]
    b["programs"]["beta"]["configs"]["asan"]["cpu_times"] = [2.0]
    runner.summarize(b["programs"])
    b["geomean"] = runner.geomeans(b["programs"], ["gcc", "asan", "safec-safe"])
    text = report.format_compare(a, b, "a.json", "b.json")
    row = next(line for line in text.splitlines() if line.startswith("asan"))
    # beta asan went from 8x to 4x: geomean sqrt(2*8)=4 -> sqrt(2*4)=2.83, -29.3%
    assert "4.00x" in row and "2.83x" in row and "-29.3%" in row
    assert "beta [asan]: 8.00x -> 4.00x" in text
    assert "safec-safe" not in row


def test_compare_via_cli(tmp_path, capsys):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    report.save_results(fake_doc(), a)
    report.save_results(fake_doc(), b)
    assert cli.main(["compare", str(a), str(b)]) == 0
    out = capsys.readouterr().out
    assert "+0.0%" in out


def test_svg_is_well_formed_and_complete():
    doc = fake_doc()
    svg = report.make_svg(doc)
    root = ET.fromstring(svg)
    assert root.tag == SVG_NS + "svg"
    texts = [t.text for t in root.iter(SVG_NS + "text")]
    assert "alpha" in texts and "beta" in texts and "geomean" in texts
    assert any(t and t.startswith("asan") for t in texts)  # legend
    assert any(t and "gcc -O2" in t for t in texts)  # axis label / baseline label
    dashed = [ln for ln in root.iter(SVG_NS + "line") if ln.get("stroke-dasharray")]
    assert len(dashed) == 1
    bars = [r for r in root.iter(SVG_NS + "rect") if r.find(SVG_NS + "title") is not None]
    # asan for alpha, beta and geomean; safec-safe has no ok program
    assert len(bars) == 3


def test_svg_escapes_names():
    doc = fake_doc()
    doc["programs"]["a<b&c"] = doc["programs"].pop("alpha")
    ET.fromstring(report.make_svg(doc))


def test_nice_axis():
    assert report.nice_ceiling(0.7) == pytest.approx(0.8)
    assert report.nice_ceiling(2.1) == pytest.approx(2.5)
    assert report.nice_ceiling(11) == pytest.approx(15)
    assert report.tick_step(2.5) == 0.25
