"""Validate the shipped lexicon data files (kg/extract/lexicons/*.jsonl).

The extraction code relies on the exact format described in
kg/extract/lexicons/README.md; these tests keep the data honest: valid JSON
Lines, required keys, allowed domains and kinds, one canonical entry per
thing, no generic words, and a case-sensitive flag on every name that is
also an ordinary English word.
"""

import json
import re
from pathlib import Path

import pytest

import kg.extract.lexicons
from kg.extract.components.lexicon_matcher import read_common_words
from kg.extract.normalize import fold

LEXICON_DIR = Path(kg.extract.lexicons.__file__).parent
KINDS = ("datasets", "metrics", "tasks", "methods")

DOMAINS = {
    "vision", "language", "speech", "audio", "rl", "robotics", "graphs", "multimodal",
    "generative", "tabular", "theory", "general", "time-series", "recommendation",
    "medical", "3d", "video",
}
DATASET_KINDS = {"dataset", "benchmark", "environment", "suite"}
REQUIRED_KEYS = {"name", "aliases", "domain"}
OPTIONAL_KEYS = {
    "datasets": {"case_sensitive", "kind"},
    "metrics": {"case_sensitive", "higher_is_better"},
    "tasks": {"case_sensitive"},
    "methods": {"case_sensitive"},
}
MINIMUM_ENTRIES = {"datasets": 300, "metrics": 150, "tasks": 200, "methods": 300}

# Words that describe any paper; as an entry they would match almost every abstract.
GENERIC_FORMS = {
    "model", "models", "network", "networks", "neural network", "neural networks",
    "deep neural network", "deep neural networks", "approach", "approaches", "framework",
    "frameworks", "baseline", "baselines", "method", "methods", "algorithm", "algorithms",
    "system", "systems", "architecture", "architectures", "technique", "techniques",
    "data", "dataset", "datasets", "benchmark", "benchmarks", "performance", "quality",
    "efficiency", "effectiveness", "robustness", "score", "scores", "metric", "metrics",
    "task", "tasks", "deep learning", "machine learning", "learning", "training",
    "inference", "our method", "our approach", "our model", "results", "experiments",
    "state of the art", "state-of-the-art", "sota", "ai", "artificial intelligence",
}

# Ordinary English words that are also names of ML datasets, metrics or methods.
# Any entry answering to one of these (after lower-casing) must be case_sensitive,
# so that "a race between" or "drop the last layer" does not become a dataset.
ENGLISH_WORDS = {
    "a", "an", "and", "are", "as", "at", "be", "by", "can", "do", "for", "from", "go",
    "has", "if", "in", "is", "it", "its", "may", "me", "no", "not", "of", "on", "or",
    "so", "the", "to", "up", "us", "we", "was", "will", "with", "all", "any", "one",
    "two", "new", "use", "used", "set", "map", "maps", "math", "pile", "glue", "race",
    "drop", "arc", "spider", "replica", "breakfast", "alpaca", "dolly", "adam", "glow",
    "muse", "bloom", "opt", "gemini", "claude", "codex", "whisper", "jukebox", "raft",
    "align", "scan", "cogs", "liar", "apps", "spice", "comet", "mauve", "return",
    "memory", "diversity", "novelty", "pong", "breakout", "habitat", "proteins",
    "collab", "adult", "electricity", "traffic", "synapse", "drive", "record", "fever",
    "mind", "falcon", "mistral", "gibson", "reddit", "flickr", "sora", "sam", "ap",
    "pope", "chess", "cora", "esol", "energy", "calvin", "mixer", "inception", "atlas",
    "beam", "bert", "bard", "bird", "birds", "cars", "pets", "food", "flowers", "places",
    "aircraft", "bridge", "gym", "kaggle", "trec", "dice", "elo", "regret", "toxicity",
    "acc", "error", "range", "ensemble", "dart", "darts", "alma", "orca", "wizard",
    "phoenix", "tulu", "vicuna", "koala", "zephyr", "gemma", "parti", "imagen", "edm",
    "sit", "wic", "cb", "ud", "mot", "ssd", "ecg", "acdc", "m4", "multiple", "shape",
    "beats", "chair", "gym", "mit", "apex", "pointe", "sparsity", "sensitivity", "traffic",
    "weather", "planet", "rotate", "clip", "mimic", "aircraft", "bridge", "kitchen", "ant",
}
# Forms in ENGLISH_WORDS that are fine without the flag: the English word is rare
# in ML abstracts, or lower-case use means the same thing.
ENGLISH_WORDS_ALLOWED = {
    "chess", "regret", "toxicity", "dice", "acc", "bert", "vicuna", "koala", "imagen",
    "inception", "places", "birds", "cars", "pets", "flowers", "aircraft", "food",
    "kaggle", "ensemble", "mot", "ud", "cb", "esol",
}

# Proper nouns allowed capitalised inside a task name ("Bayesian optimization").
TASK_PROPER_WORDS = {"Bayesian", "Gaussian", "Markov", "Monte", "Carlo", "Boolean", "Nash", "Byzantine", "Alzheimer's", "Parkinson's", "Riemannian"}


def norm(text):
    """Merge key of a form: kg.extract.normalize.fold, the pipeline's rule (casefold, "+" kept as
    "plus" so that PointNet++ is not PointNet, only letters and digits, a plural "s" dropped).

    Two forms with the same key are the same entity to the pipeline, so they must belong to one entry.
    """
    return fold(text)


def load_entries(kind):
    path = LEXICON_DIR / f"{kind}.jsonl"
    entries = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            assert line.strip(), f"{path.name}:{number}: blank line"
            entry = json.loads(line)
            assert isinstance(entry, dict), f"{path.name}:{number}: not an object"
            entries.append((number, entry))
    return entries


def forms(entry):
    return [entry["name"], *entry["aliases"]]


@pytest.mark.parametrize("kind", KINDS)
def test_lexicon_file_is_valid_json_lines_with_required_keys(kind):
    entries = load_entries(kind)
    assert len(entries) >= MINIMUM_ENTRIES[kind]
    for number, entry in entries:
        where = f"{kind}.jsonl:{number}"
        assert REQUIRED_KEYS <= entry.keys(), where
        assert not entry.keys() - REQUIRED_KEYS - OPTIONAL_KEYS[kind], where
        assert isinstance(entry["name"], str) and entry["name"].strip() == entry["name"] != "", where
        assert isinstance(entry["aliases"], list), where
        for alias in entry["aliases"]:
            assert isinstance(alias, str) and alias.strip() == alias != "", where
        assert entry["domain"] in DOMAINS, f"{where}: domain {entry['domain']!r}"
        if "case_sensitive" in entry:
            assert entry["case_sensitive"] is True, f"{where}: write the flag only when true"


def test_metrics_all_say_whether_higher_is_better():
    for number, entry in load_entries("metrics"):
        assert "higher_is_better" in entry, f"metrics.jsonl:{number}"
        assert entry["higher_is_better"] in (True, False, None), f"metrics.jsonl:{number}"


def test_metrics_direction_of_well_known_metrics():
    direction = {e["name"]: e["higher_is_better"] for _, e in load_entries("metrics")}
    assert direction["FID"] is False
    assert direction["accuracy"] is True
    assert direction["PSNR"] is True
    assert direction["perplexity"] is False
    assert direction["latency"] is False
    assert direction["parameters"] is None


def test_datasets_kind_is_allowed():
    for number, entry in load_entries("datasets"):
        assert entry.get("kind", "dataset") in DATASET_KINDS, f"datasets.jsonl:{number}"


def test_datasets_environments_are_marked_as_such():
    kinds = {e["name"]: e.get("kind") for _, e in load_entries("datasets")}
    for name in ("Atari", "Procgen", "Meta-World", "MuJoCo", "D4RL"):
        assert kinds[name] in {"environment", "suite", "benchmark"}, name


@pytest.mark.parametrize("kind", KINDS)
def test_lexicon_file_has_no_duplicate_forms(kind):
    owner, problems = {}, []
    for number, entry in load_entries(kind):
        for form in forms(entry):
            key = norm(form)
            if not key or key.isdigit():
                problems.append(f"{kind}.jsonl:{number}: {form!r} has no letters once normalised")
            elif owner.setdefault(key, number) != number:
                problems.append(f"{kind}.jsonl:{number}: {form!r} already on line {owner[key]}")
    assert not problems, "\n".join(problems)


def test_lexicon_files_do_not_share_forms_across_kinds():
    owner, problems = {}, []
    for kind in KINDS:
        for number, entry in load_entries(kind):
            for form in forms(entry):
                other_kind, other_line = owner.setdefault(norm(form), (kind, number))
                if other_kind != kind:
                    problems.append(f"{kind}.jsonl:{number}: {form!r} also in {other_kind}.jsonl:{other_line}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("kind", KINDS)
def test_lexicon_file_lists_no_trivial_case_variants(kind):
    problems = []
    for number, entry in load_entries(kind):
        if entry.get("case_sensitive"):
            continue  # there the case is what tells the forms apart
        # (so it does for a form that reads as a common word, matched only as written: "GloVe", "Glove")
        lowered = [form.lower() for form in forms(entry) if form.lower() not in read_common_words()]
        if len(lowered) != len(set(lowered)):
            problems.append(f"{kind}.jsonl:{number}: {forms(entry)}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("kind", KINDS)
def test_lexicon_file_has_no_generic_words(kind):
    problems = [
        f"{kind}.jsonl:{number}: {form!r}"
        for number, entry in load_entries(kind)
        for form in forms(entry)
        if form.lower() in GENERIC_FORMS
    ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("kind", KINDS)
def test_lexicon_file_flags_names_that_are_english_words(kind):
    problems = [
        f"{kind}.jsonl:{number}: {form!r} needs case_sensitive"
        for number, entry in load_entries(kind)
        for form in forms(entry)
        if not entry.get("case_sensitive")
        and {form.lower(), form.lower().replace("-", "")} & (ENGLISH_WORDS - ENGLISH_WORDS_ALLOWED)
    ]
    assert not problems, "\n".join(problems)


def test_lexicon_file_forms_are_at_least_two_characters():
    for kind in KINDS:
        for number, entry in load_entries(kind):
            for form in forms(entry):
                assert len(form) >= 2, f"{kind}.jsonl:{number}: {form!r}"


def test_tasks_are_lowercase_noun_phrases():
    for number, entry in load_entries("tasks"):
        for word in re.split(r"[\s\-/]+", entry["name"]):
            titlecase = word[:1].isupper() and word[1:].islower()
            assert not titlecase or word in TASK_PROPER_WORDS, f"tasks.jsonl:{number}: {entry['name']!r}"


def test_methods_include_the_catalogue_classics():
    names = {norm(f) for _, e in load_entries("methods") for f in forms(e)}
    for expected in ("Transformer", "ResNet", "U-Net", "LSTM", "GAN", "VAE", "VQ-VAE", "DDPM",
                     "DDIM", "Stable Diffusion", "DiT", "CLIP", "BERT", "GPT-4", "PPO", "DQN",
                     "SAC", "MuZero", "LoRA", "rectified flow", "consistency model", "NeRF",
                     "3D Gaussian splatting"):
        assert norm(expected) in names, expected
