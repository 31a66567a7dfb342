"""Merge keys (kg/extract/normalize.py)."""
from kg.extract.normalize import entity_key, fold


def test_entity_key_merges_spellings_of_one_dataset():
    assert entity_key("datasets", "CIFAR-10") == entity_key("datasets", "CIFAR10") == entity_key("datasets", "CIFAR 10")


def test_entity_key_makes_plural_heads_singular():
    assert entity_key("methods", "diffusion models") == entity_key("methods", "Diffusion Model")
    assert entity_key("methods", "GANs") == entity_key("methods", "GAN")


def test_entity_key_keeps_short_and_double_s_forms():
    assert fold("FPS") == "fps"
    assert fold("loss") == "loss"


def test_entity_key_keeps_plus_signs_apart():
    # PFGM++ is a different method from PFGM
    assert entity_key("methods", "PFGM++") != entity_key("methods", "PFGM")


def test_entity_key_maps_a_shipped_alias_to_its_canonical_entry():
    # datasets.jsonl lists "CIFAR10" among the aliases of CIFAR-10
    assert entity_key("datasets", "CIFAR10") == "cifar10"
    assert entity_key("dataset", "CIFAR-10") == "cifar10"
