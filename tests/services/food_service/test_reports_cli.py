"""`report ward-round` and `report kitchen-counts`: the Wards screens' figures from the command
line, on both databases."""

from __future__ import annotations

import json

from pypdf import PdfReader

from dusangire_desktop import cli
from dusangire_desktop.services.food_service import trays
from dusangire_desktop.services.food_service.trays import MealRequest

LUNCH = ["--date", "2026-03-03", "--meal", "lunch"]


def test_ward_round_and_kitchen_counts_come_out_as_csv_json_and_pdf(
    database_url,
    uow_factory,
    ward,
    capsys,
    tmp_path,
):
    trays.order_meal(
        uow_factory(),
        ward.desk,
        MealRequest(ward.jeanne_stay, ward.jeanne),
        ward.lines(ward.porridge, ward.isombe),
        ward.cash(),
    )
    capsys.readouterr()
    base = ["--database", database_url, "report"]
    assert cli.main([*base, "ward-round", *LUNCH, "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("ward,bed,patient,reference,diet,texture")
    assert lines[1].startswith("Surgical,4,Jean Bosco Nshimiyimana")
    assert lines[1].endswith(",0,False,True")  # no order yet
    assert cli.main([*base, "ward-round", *LUNCH, "--ward", "Maternity"]) == 0
    patients = json.loads(capsys.readouterr().out)["patients"]
    assert [p["patient"] for p in patients] == ["Jeanne Uwera"]
    assert sorted(patients[0]["ordered"].split(", ")) == ["Isombe n'umuceri", "Sorghum porridge"]
    out = tmp_path / "round.pdf"
    assert cli.main([*base, "ward-round", *LUNCH, "--format", "pdf", "--out", str(out)]) == 0
    assert "Ward round of 2 patients written to" in capsys.readouterr().out
    assert "NO ORDER YET" in " ".join(PdfReader(out).pages[0].extract_text().split())
    assert cli.main([*base, "kitchen-counts", *LUNCH, "--format", "json"]) == 0
    counts = json.loads(capsys.readouterr().out)
    assert counts["by_dish"] == {"Isombe n'umuceri": 1, "Sorghum porridge": 1}
    assert cli.main([*base, "kitchen-counts", *LUNCH, "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[1] == "Isombe n'umuceri,7 regular,Maternity,1"
    assert cli.main([*base, "kitchen-counts", "--date", "2026-03-03", "--meal", "supper"]) == 2
    assert "breakfast, lunch, snack or dinner" in capsys.readouterr().err
