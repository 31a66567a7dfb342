"""X outperforms Y (kg/extract/components/comparisons.py)."""
from tests.extract.conftest import facts_of


def test_comparisons_named_winner_and_loser(nlp):
    # seeds, VAR abstract
    facts = facts_of(nlp, "It is also empirically verified that VAR outperforms the Diffusion Transformer (DiT) "
                          "in multiple dimensions including image quality, inference speed, data efficiency, "
                          "and scalability.", title="Visual Autoregressive Modeling: Scalable Image Generation")
    assert [(c.winner, c.loser) for c in facts.comparisons] == [("VAR", "DiT")]


def test_comparisons_our_method_is_the_proposed_one(nlp):
    facts = facts_of(nlp, "We propose SlimFlow. Our method outperforms DDIM on CIFAR-10 in FID.")
    [c] = facts.comparisons
    assert (c.winner, c.loser, c.dataset) == ("SlimFlow", "DDIM", "CIFAR-10")


def test_comparisons_need_a_named_loser(nlp):
    facts = facts_of(nlp, "We propose SlimFlow, which outperforms the baselines by a large margin.")
    assert facts.comparisons == ()
