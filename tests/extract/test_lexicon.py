"""Reading lexicon files (kg/extract/lexicon.py)."""
import pytest

from kg.errors import InputError
from kg.extract.lexicon import read_lexicon, shipped_lexicon_paths

from tests.extract.conftest import DATA


def test_read_lexicon_reads_types_of_a_user_lexicon():
    entries = read_lexicon(DATA / "lexicon.jsonl")
    by_name = {e.name: e for e in entries}
    assert by_name["FID"].kind == "metrics" and by_name["FID"].higher_is_better is False
    assert by_name["IS"].case_sensitive is True
    assert by_name["CIFAR-10"].kind == "datasets"
    assert by_name["CIFAR-10"].aliases == ("CIFAR10", "CIFAR 10")
    assert by_name["CIFAR-10"].source == "lexicon:lexicon.jsonl:4"


def test_read_lexicon_names_the_bad_line(tmp_path):
    path = tmp_path / "mine.jsonl"
    path.write_text('{"name": "X", "type": "dataset"}\n{"name": "Y", "type": "gadget"}\n')
    with pytest.raises(InputError, match=r"mine.jsonl:2: .*type"):
        read_lexicon(path)


def test_read_lexicon_rejects_invalid_json(tmp_path):
    path = tmp_path / "broken.jsonl"
    path.write_text('{"name": "X", "type": "dataset"}\n{"name": \n')
    with pytest.raises(InputError, match=r"broken.jsonl:2: not JSON"):
        read_lexicon(path)


def test_read_lexicon_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="cannot read lexicon"):
        read_lexicon(tmp_path / "absent.jsonl")


def test_shipped_lexicon_paths_name_their_kind():
    assert {p.stem for p in shipped_lexicon_paths()} <= {"datasets", "metrics", "tasks", "methods"}
    for entry in read_lexicon(shipped_lexicon_paths()[0])[:5]:
        assert entry.kind == shipped_lexicon_paths()[0].stem
