"""`focal-desk self-test` (architecture §6): a temporary register, every form rendered and read back, the
signing library and the translation — one line per check, exit 0/1, the officer's data folder untouched."""

from __future__ import annotations

from focal_desk.app import self_test
from focal_desk.app.cli import main
from focal_desk.domain.documents import FormCode
from focal_desk.resources_path import resources_dir


def test_self_test_passes_and_touches_no_data_folder(cli, tmp_path):
    report = tmp_path / "self-test.txt"
    p = cli.run("self-test", "--report", str(report))
    assert p.returncode == 0, p.stderr
    lines = p.stdout.strip().splitlines()
    checks = [line for line in lines if line.startswith("[")]
    assert len(checks) == 1 + len(FormCode) + 2  # database, every form, signing, translation
    assert all(line.startswith("[ok] ") for line in checks), lines
    assert any("cơ sở dữ liệu" in line and "1/2026" in line for line in checks)
    for form in FormCode:
        assert any(line.startswith(f"[ok] mẫu {form.value}:") and "A4" in line for line in checks), form
    assert lines[-1] == "Tự kiểm tra: mọi mục đều đạt."
    assert not cli.data_dir.exists()  # it worked in a temporary folder
    assert report.read_text(encoding="utf-8") == p.stdout  # the windowed bundle's only output


def test_a_failed_check_is_reported_and_the_others_still_run(monkeypatch, tmp_path, capsys):
    broken = {FormCode.REFUSAL}
    original = self_test._render

    def render(renderer, form, agency, request):
        if form in broken:
            raise FileNotFoundError("forms/05-thong-bao-tu-choi.toml")
        return original(renderer, form, agency, request)

    monkeypatch.setattr(self_test, "_render", render)
    bundle = tmp_path / "resources"  # a bundle that forgot the translation (the fonts are there)
    bundle.mkdir()
    (bundle / "fonts").symlink_to(resources_dir() / "fonts")
    monkeypatch.setattr("focal_desk.resources_path.resources_dir", lambda: bundle)
    assert main(["--data-dir", str(tmp_path / "data"), "self-test"]) == 1
    out = capsys.readouterr()
    failed = [line for line in out.out.splitlines() if line.startswith("[LỖI]")]
    assert len(failed) == 2, out.out
    assert failed[0].startswith("[LỖI] mẫu 05: FileNotFoundError: forms/05-thong-bao-tu-choi.toml")
    assert failed[1].startswith("[LỖI] bản dịch tiếng Việt:")
    assert "[ok] mẫu correction:" in out.out and "2 mục lỗi" in out.err
