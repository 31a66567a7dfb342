"""Reported numbers (kg/extract/components/results.py): positives and the negative cases."""
import pytest

from kg.extract.components.results import find_numbers
from kg.extract.normalize import entity_key
from kg.extract.pipeline import build_nlp

from tests.extract.conftest import facts_of, metric_values, results_by_value

VAR_SENTENCE = ("On ImageNet 256x256 benchmark, VAR significantly improve AR baseline by improving Frechet "
                "inception distance (FID) from 18.65 to 1.73, inception score (IS) from 80.4 to 350.2, with "
                "around 20x faster inference speed.")


def test_results_from_to_gives_value_previous_metric_and_dataset(nlp):
    facts = facts_of(nlp, VAR_SENTENCE, title="Visual Autoregressive Modeling: Scalable Image Generation via "
                                              "Next-Scale Prediction")
    by_value = results_by_value(facts)
    fid = by_value[1.73]
    assert (fid.metric, fid.previous, fid.raw, fid.unit) == ("FID", 18.65, "1.73", "")
    assert fid.dataset == "ImageNet 256x256" and fid.dataset_key == "imagenet"
    assert by_value[350.2].metric == "IS" and by_value[350.2].previous == 80.4
    assert 18.65 not in by_value and 80.4 not in by_value  # previous values are not results
    speed = by_value[20.0]
    assert (speed.raw, speed.unit, speed.metric) == ("20x", "x", "inference speed")
    # 256x256 is a resolution, not a result
    assert 256.0 not in by_value


def test_results_offsets_point_into_the_abstract(nlp):
    facts = facts_of(nlp, VAR_SENTENCE, title="Visual Autoregressive Modeling")
    for r in facts.results:
        assert r.field == "abstract"
        assert facts.paper.abstract[r.start:r.end].endswith(r.raw)


@pytest.mark.parametrize("sentence, value, metric, unit", [
    ("supports the online generation of 512$\\times$512 videos at up to 40 FPS with negligible starting latency.",
     40.0, "FPS", "FPS"),
    ("we train a one-step diffusion model with an FID of 5.02 and 15.7M parameters.", 15.7, "parameters", "M"),
    ("achieving above human-level performance on $51$ out of $57$ games.", 51.0, "games", ""),
    ("The simulation results show that the proposed algorithms reduce the regret by up to 70%.", 70.0, "regret", "%"),
    ("we observe 2.3% increase in accuracy on the Helpful-Harmless dataset.", 2.3, "accuracy", "%"),
])
def test_results_units_and_metrics(nlp, sentence, value, metric, unit):
    by_value = results_by_value(facts_of(nlp, sentence))
    assert value in by_value
    assert (by_value[value].metric, by_value[value].unit) == (metric, unit)


@pytest.mark.parametrize("sentence", [
    # numbers inside names (seeds: VASA-1, Kinetics-600, GPT-4)
    "Our premiere model, VASA-1, is capable of generating lip movements that are synchronized with the audio.",
    "we focus on very diverse, large-scale datasets such as Kinetics-600.",
    "Experimental results evaluated by GPT-4 and humans demonstrate the effectiveness of RAIN.",
    # resolutions, setup sizes, years and citations
    "generates 1024 x 1024 images from 256x256 inputs, trained on 8 tasks with 20K videos.",
    "Consistency Models (CM) (Song et al., 2023) accelerate sampling; see also [12] and the 2019 survey.",
    # LaTeX and big-O bounds
    "a regret lower bound of Omega(T^{2/3}) and an upper bound $O(K^{1/3} T^{2/3})$ for $\\epsilon = 0.1$.",
    # URLs
    "Code is available at https://github.com/sony/ctm and arXiv:2004.11967.",
])
def test_results_not_results(nlp, sentence):
    assert facts_of(nlp, sentence).results == ()


def test_find_numbers_reads_units():
    numbers = {n.raw: (n.value, n.unit) for n in find_numbers("1.5 billion parameters, 0.09 second, 12,480-GPU hours, 40.6\\%")}
    assert numbers == {"1.5 billion": (1.5, "B"), "0.09 second": (0.09, "s"),
                       "12,480-GPU hours": (12480.0, "GPU time"), "40.6\\%": (40.6, "%")}


def test_results_lists_share_their_metric(nlp):
    # dev abstract 8ecefb0e1f (seeds)
    facts = facts_of(nlp, "Specifically, PQDiff achieves state-of-the-art FID scores on the Scenery (21.512), "
                          "Building Facades (25.310), and WikiArts (36.212) datasets.")
    assert sorted((r.value, r.metric) for r in facts.results) == [(21.512, "FID"), (25.31, "FID"), (36.212, "FID")]


def test_results_baseline_values_in_parentheses_are_previous_values(nlp):
    # dev abstract 869b27ca32 (seeds)
    facts = facts_of(nlp, "we train a one-step diffusion model with an FID of 5.02 and 15.7M parameters, "
                          "outperforming the previous state-of-the-art one-step diffusion model "
                          "(FID=6.47, 19.4M parameters) on CIFAR10.")
    assert sorted((r.value, r.previous) for r in facts.results) == [(5.02, 6.47), (15.7, 19.4)]


def test_results_belong_to_the_proposed_method(bare_nlp):
    facts = facts_of(bare_nlp, "On MS COCO 2014-30k, InstaFlow yields an FID of 13.1 in just 0.09 second.",
                     title="InstaFlow: One Step is Enough for High-Quality Diffusion-Based Text-to-Image Generation")
    fid = results_by_value(facts)[13.1]
    assert fid.method == "InstaFlow" and fid.dataset == "MS COCO 2014-30k"


@pytest.mark.parametrize("sentence", [
    # setup sizes and operating points seen in the arXiv sample (corpus 2019)
    "we create and release a new dataset containing over 13 hours of recordings by professional drummers.",
    "Our EV-IMO dataset features 32 minutes of indoor recording with fast moving objects.",
    "The capacity at FAR of 0.1% is reported for FaceNet.",
    "This translates to a depth-to-image sampling ratio of about 1/1200.",
    "human annotators completely agreed on their annotations about 40% of the time.",
    # corpus 1908.08986 (tune4): an input size sets the experiment up
    "A model evaluated with an image size of 160 matches the baseline.",
    # judged corpus results: sizes and conditions of the setup, not outcomes
    "We introduce a unique 4D face dataset with about 29 minutes of 4D scans captured at 60 fps.",
    "Our method performs well even with more than 50% missing data.",
    "CondConv is applied to a MobileNetV1(1.0x) SSD model.",
])
def test_results_setup_numbers_are_not_results(nlp, sentence):
    assert facts_of(nlp, sentence).results == ()


def test_results_range_is_not_a_previous_value(nlp):
    facts = facts_of(nlp, "multimodal systems clearly increase the performance with accuracies ranging from "
                          "82.2% to 97.1% depending on the scenario.")
    # one result, valued at its low end like "77%-94%" (the annotated sets write "21% to 97%")
    assert [(r.raw, r.value, r.previous) for r in facts.results] == [("82.2% to 97.1%", 82.2, None)]


@pytest.mark.parametrize("sentence, raw", [
    ("Our model achieves AUC between 86% to 94% on the test set.", "86% to 94%"),
    ("We observe WER improvements between 7% and 18% over the baseline.", "7% and 18%"),
    ("It reduces computation time on average by 15% to 25%.", "15% to 25%"),
    ("We obtain 3x to 18x acceleration of the backward pass.", "3x to 18x"),
])
def test_results_a_worded_range_is_one_result(nlp, sentence, raw):
    assert [r.raw for r in facts_of(nlp, sentence).results] == [raw]


@pytest.mark.parametrize("sentence", [
    "Our model improves the accuracy from 71.2% to 75.3%.",  # a change, not a range
    "Images of sizes between 64 and 256 pixels are used for training.",  # no result unit
])
def test_results_no_worded_range(nlp, sentence):
    assert all(" to " not in r.raw and " and " not in r.raw for r in facts_of(nlp, sentence).results)


def test_results_from_a_with_baseline_to_b(nlp):
    # corpus 1908.10084 (Sentence-BERT)
    facts = facts_of(nlp, "This reduces the effort for finding the most similar pair from 65 hours with "
                          "BERT / RoBERTa to about 5 seconds with SBERT.")
    by_value = results_by_value(facts)
    assert 65.0 not in by_value and by_value[5.0].previous == 65.0 and by_value[5.0].unit == "s"


def test_results_from_a_to_b_in_latex(nlp):
    # corpus 1907.10156: the values in LaTeX math
    facts = facts_of(nlp, "With the ResNet-101 as the backbone, our method can improve mAP on COCO data set from "
                          "$39.1\\%$ to $41.1\\%$ by only replacing the loss function.")
    assert [(r.raw, r.previous, r.metric) for r in facts.results] == [("41.1\\%", 39.1, "mAP")]


def test_results_outperforming_a_method_by_a_margin_is_an_improvement(nlp):
    facts = facts_of(nlp, "the proposed model outperforms the state-of-the-art approach by 9.33% on the MOSI dataset.")
    assert [(r.value, r.metric) for r in facts.results] == [(9.33, "improvement")]
    # tune seeds (ERNIE 3.0): the sentence before names only a model size, which no margin is in
    facts = facts_of(nlp, "We trained the model with 10 billion parameters on a 4TB corpus. Its English version achieves "
                          "the first place on the SuperGLUE benchmark (July 3, 2021), surpassing the human performance "
                          "by +0.8% (90.6% vs. 89.8%).")
    assert [(r.raw, r.metric) for r in facts.results] == [("10 billion", "parameters"), ("+0.8%", "improvement")]


@pytest.mark.parametrize("sentence, expected", [
    # arXiv sample (corpus 2019)
    ("We demonstrate that AutoAssist reduces the number of epochs by 40% for training a ResNet.", [("epochs", 40.0)]),
    ("It improves previous work by 1.2% and 2.4% on WikiTableQuestions and WikiSQL datasets respectively.",
     [("improvement", 1.2), ("improvement", 2.4)]),
    # corpus 1908.07490, 1908.10163: the best or state-of-the-art results improved on are what is beaten
    ("We adapt it to a challenging visual-reasoning task, NLVR2, and improve the previous best result by 22% "
     "absolute (54% to 76%).", [("improvement", 22.0)]),
    ("The experimental evaluation of our proposal over the LivDet 2011 to 2015 databases, yielded error rates "
     "outperforming the top state-of-the-art results by up to 50\\% in the most challenging scenarios.",
     [("error rate improvement", 50.0)]),
    # corpus 1906.09821: the state of the art "for" a dataset is what is beaten
    ("For argument classification, we improve the state-of-the-art for the UKP Sentential Argument Mining Corpus by "
     "20.8 percentage points.", [("improvement", 20.8)]),
    # corpus 1901.02620, 1905.13388 and tune seeds (ARSQ): a factor before "<measure> improvement/reduction"
    ("It achieves competitive performance results on the OTB benchmark with 8x speed improvements compared to the "
     "equivalent tracker.", [("speed improvement", 8.0)]),
    ("Experiments on the popular dataset report 2.3x compression rate, 3.6x workload reduction, and 6.3% top-1 "
     "accuracy gain.", [("compression rate", 2.3), ("workload reduction", 3.6), ("top-1 accuracy", 6.3)]),
    ("ARSQ achieves an average 1.62x performance improvement over state-of-the-art methods.",
     [("performance improvement", 1.62)]),
    # corpus 1905.13388, 1901.02358: a smaller or more compact model is a model size
    ("The proposed methods also show good adaptability on traditional 3D ConvNet, demonstrating 7.4x more compact "
     "model, 11.0x less workload, and 3.0% higher accuracy.", [("model size", 7.4), ("workload", 11.0), ("accuracy", 3.0)]),
    ("FastGRNN matches state-of-the-art gated RNN accuracies but with a 2-4x smaller model.", [("model size", 2.0)]),
    # corpus 1908.02270, 1904.10788: "<gain> in terms of X" is a change in X
    ("We demonstrate significant improvements of Comyco's sample efficiency in comparison to prior work, with 1700x "
     "improvements in terms of the number of samples required.", [("samples required", 1700.0)]),
    ("The proposed technique outperforms the state-of-the-art system by 6.5% relative improvement in terms of "
     "weighted accuracy.", [("weighted accuracy", 6.5)]),
    ("our model beats the InferSent model in 8 out of 10 recently published SentEval probing tasks.", [("tasks", 8.0)]),
    # arXiv 2019 (tune7 set): a list's gains are in the measure that ends the list; a reporting
    # verb is no part of the measure ("method achieves improvements")
    ("For the CVC-ColonDB dataset our method achieves improvements of 5.8%, 0.5%, and 4.8% in the average Dice "
     "scores, respectively.", [("Dice", 5.8), ("Dice", 0.5), ("Dice", 4.8)]),
    ("Our method achieves improvements of 5.8% over the baseline.", [("improvements", 5.8)]),
    # tune sets 5 to 7: an absolute gain, a LaTeX share, "by ~39%", the word the paper names a lexicon
    # metric by ("F-measure" is the lexicon's F1), a range without "from"
    ("The model yields a 22.2% absolute improvement in F1 score.", [("F1 score", 22.2)]),
    ("We obtain a $10\\%$ improvement in recall on the CoNLL 2014 benchmark.", [("recall", 10.0)]),
    ("Our algorithm improves the maximal surface distance error by ~39% compared to the previous method.",
     [("maximal surface distance error", 39.0)]),
    ("It improves the F-measure by 6.8% on DAVIS.", [("F-measure", 6.8)]),
    ("Accuracy ranges 21% to 97% depending on the class.", [("accuracy", 21.0)]),
    ("The model size is 10.03% compared to that of the original model.", [("model size", 10.03)]),
    # corpus 1901.01708 (read): "are observed" is a verb, not the measure; the sentence's EER is
    ("The proposed method achieves the EER 21.45%, while 33.59% and 25.38% are observed for OSIRIS and IriCore, "
     "respectively.", [("EER", 21.45), ("EER", 33.59), ("EER", 25.38)]),
    # tune5, tune6: a generic measure's list in a named metric; a plural metric phrase in the singular;
    # "percent points"
    ("The approach has a mean performance of 91.2% and 88.4% in terms of the Dice score on both sets.",
     [("Dice", 91.2), ("Dice", 88.4)]),
    # review: "in terms of" after other numbers is theirs, not the list's
    ("Our method achieves a performance of 71.3% on the test set and reduces the error by 12% in terms of RMSE.",
     [("performance", 71.3), ("RMSE", 12.0)]),
    ("Results are encouraging, achieving average accuracies of 80.31% on the test set.", [("average accuracy", 80.31)]),
    ("It yields a classifier that is 9 percent points more accurate than one that relies only on images.",
     [("accuracy", 9.0)]),
    # tune8 (session 12): slashed metrics and slashed numbers pair up in order, before or after
    ("The method improves Rank-1 accuracy/mAP by 34.2%/37.9% on SYSU-MM01.",
     [("Rank-1 accuracy", 34.2), ("mAP", 37.9)]),
    ("It achieves PSNR/SSIM of 32.10/0.912 on Set5.", [("PSNR", 32.1), ("SSIM", 0.912)]),
    ("It obtains 31.2/0.89 in PSNR/SSIM.", [("PSNR", 31.2), ("SSIM", 0.89)]),
    # tune8 and corpus 1807.07928: "more ... efficient" measures an efficiency
    ("Our experimental results show that LaNAS is 22x, 14.6x and 12.4x more sample-efficient than random search.",
     [("sample efficiency", 22.0), ("sample efficiency", 14.6), ("sample efficiency", 12.4)]),
    ("It is 12.6x faster and 2.5x more energy efficient than the original Eyeriss.",
     [("speed", 12.6), ("energy efficiency", 2.5)]),
    # tune8: a gain list's "respectively" metric after it names the first gain too
    ("In comparison to FrCN, FCN, U-Net, and SegNet, the proposed ensemble method outperformed them by 2.48%, "
     "7.42%, 17.95%, and 9.96% for the Jaccard index, respectively.",
     [("Jaccard index", 2.48), ("Jaccard index", 7.42), ("Jaccard index", 17.95), ("Jaccard index", 9.96)]),
    # tune8 and corpus 1906.05427: a measure with its scope before "was"; not a bound
    ("The average pairwise error between the MRI and CT locations was 0.30 mm for stationary spheres.",
     [("average pairwise error", 0.3)]),
    # (a lexicon metric in the phrase names it)
    ("Out-of-sample classification accuracy for songs with known authorship was 76\\%.", [("accuracy", 76.0)]),
    ("This holds under the condition that the conflict coefficient between the evidences K is less than 1.", []),
    # tune4 and corpus 1908.07064: "~" after "of"
    ("Gradient boosting regression achieved best correlation of ~0.79 between predicted and annotated labels.",
     [("correlation", 0.79)]),
    # tune8 and corpus 1904.09290: a value glued to the metric in parentheses
    ("We got the result of 0.0013(ACER) in the challenge.", [("ACER", 0.0013)]),
    # (one slashed metric keeps all its numbers)
    ("It achieves an FID of 1.91/2.43 on CIFAR-10/FFHQ.", [("FID", 1.91), ("FID", 2.43)]),
])
def test_results_metric_phrases(nlp, sentence, expected):
    assert metric_values(facts_of(nlp, sentence)) == expected


# Corpus sentences (arXiv cs 2019) for speed-ups, throughput, LaTeX-glued "times" and GPU time.
@pytest.mark.parametrize("sentence, raw, metric, unit", [
    ("For example, ViP delivers 2.1x speedup with less than 1.5% accuracy degradation in ImageNet.",
     "2.1x", "speedup", "x"),
    ("When applied to ELMo, our method achieves a 4 times speedup and eliminates 80% trainable parameters.",
     "4 times", "speedup", "x"),
    ("Our sampler alleviates the time-consuming categorical sampling, achieving a 20times speedup.",
     "20times", "speedup", "x"),
    ("Our decoder reaches 1,200 tokens/s on a single A100 GPU.", "1,200 tokens/s", "throughput", "/s"),
    ("Notably, the training of InstaFlow only costs 199 A100 GPU days.", "199 A100 GPU days", "training cost",
     "GPU time"),
    ("We demonstrate superior video prediction performance with around 480 GPU hours.", "480 GPU hours",
     "GPU hours", "GPU time"),
    # arXiv 2019 (tune7 set): hours in a sentence about training are a training time, elsewhere a runtime
    ("We show that we can train the LSTM model using ADPSGD in 14 hours with 16 NVIDIA P100 GPUs.", "14 hours",
     "training time", "h"),
    ("Decoding the whole test set takes 2 hours on one CPU.", "2 hours", "runtime", "h"),
    # arXiv 2019 (tune3 set): ranges are one result, LaTeX units, multiply-accumulate counts
    ("During the inference, our approach is about 20x ~ 30x faster than previous methods.", "20x ~ 30x", "speed",
     "x"),
    # tune7: a LaTeX range; an accelerator's operations per second
    ("SGE boosts the AP of detectors by 1.0$\\sim$2.0\\% on COCO.", "1.0$\\sim$2.0\\%", "AP", "%"),
    ("The accelerator reaches 1.38 TOPs/s for ResNet50.", "1.38 TOPs/s", "throughput", "OPS"),
    ("Its energy efficiency reaches 123.7 GOPs/s/W.", "123.7 GOPs/s/W", "energy efficiency", "OPS/W"),
    # tune7: a gain in points in a named measure
    ("Weakly annotated images give a 4.5% point increase in CorLoc, from 80.00% to 84.50%.", "4.5%", "CorLoc", "%"),
    ("For a WideResNet with $97.2\\%$ accuracy on CIFAR-10, we improve single-sample inference speed by "
     "$2.28\\times$.", "97.2\\%", "accuracy", "%"),
    ("For a WideResNet with $97.2\\%$ accuracy on CIFAR-10, we improve single-sample inference speed by "
     "$2.28\\times$.", "2.28\\times", "single-sample inference speed", "x"),
    ("SwiftNet can obtain 63.28% top-1 accuracy on ImageNet-1K with only 53M MACs and 2.07M parameters.", "53M",
     "MACs", "M"),
    ("Our method achieves 99.84% in terms of word level intelligibility rate and 2.68 MOS for TTS.", "99.84%",
     "intelligibility rate", "%"),
    # corpus 1905.13543: a plain LaTeX number with its unit after the math; GPU time of a search is its cost
    ("On CIFAR-10, the optimal structure obtained by our method achieves the state-of-the-art $1.9$\\% test "
     "error, while the search process is more than $1,000$ times faster (only $1.5$ GPU hours on a Tesla V100).",
     "1.9$\\%", "test error", "%"),
    ("On CIFAR-10, the optimal structure obtained by our method achieves the state-of-the-art $1.9$\\% test "
     "error, while the search process is more than $1,000$ times faster (only $1.5$ GPU hours on a Tesla V100).",
     "1.5$ GPU hours", "search cost", "GPU time"),
    # corpus 1906.04423
    ("With carefully designed search space, search algorithms and strategies for evaluating network quality, we "
     "are able to efficiently search more than 2, 000 architectures in around 30 GPU-days.", "30 GPU-days",
     "search cost", "GPU time"),
    # corpus 1901.06920: a LaTeX duration
    ("We process a frame of $256 \\times 384$ pixel in $0.035$s and a volume of $256 \\times 384 \\times 384$ "
     "voxel in $13.44$s.", "0.035$s", "runtime", "s"),
])
def test_results_speed_throughput_and_compute(nlp, sentence, raw, metric, unit):
    results = {r.raw: r for r in facts_of(nlp, sentence).results}
    assert (results[raw].metric, results[raw].unit) == (metric, unit)


def test_results_confidence_intervals_are_not_results(nlp):
    # arXiv 2019 (medical imaging): the level and the bounds of a CI are not reported scores
    sentence = ("OphtAI can also detect vision-threatening DR with an AUC of 0.997 (95% CI: 0.996-0.998) and "
                "proliferative DR with an AUC of 0.997 (95% CI: 0.995-0.999).")
    facts = facts_of(nlp, sentence)
    assert [(r.metric, r.raw) for r in facts.results] == [("AUC", "0.997"), ("AUC", "0.997")]
    assert not any(m.name == "CI" for m in facts.methods)
    numbers = [n.raw for n in find_numbers("card games with a 95\\% confidence interval of +/- 0.1\\% or better")]
    assert numbers == []  # the level, and the "+/-" spread


@pytest.mark.parametrize("sentence, raws", [
    # arXiv 2019: "±" spreads and "range:" bounds are not scores
    ("Automatic segmentation of the proximal femur achieved a Dice score of 0.94$\\pm$0.05 with "
     "precision = 0.95$\\pm$0.02, and recall = 0.93 ± 0.03.", ["0.94", "0.95", "0.93"]),
    ("The system had an intra-observer agreement (Cohen's Kappa) of 0.74 (95% CI: 0.63-0.85), compared to "
     "0.70 (range: -0.13-1.00; 95% CI: 0.67-0.73).", ["0.74"]),
    ("Our method yielded area under the ROC curve (AUC) of 0.79 (0.78-0.81) and Average Precision (AP) of 0.68 "
     "(0.66-0.70).", ["0.79", "0.68"]),
])
def test_results_spreads_and_ranges_are_not_results(nlp, sentence, raws):
    assert [r.raw for r in facts_of(nlp, sentence).results] == raws


@pytest.mark.parametrize("sentence, raw, metric", [
    # arXiv cs 2019: "<measure> is/was <number>" with a measure no lexicon lists
    ("Results show that the highest classification accuracy rate is 96.93% in the Brodatz database.",
     "96.93%", "classification accuracy rate"),
    ("Reconstruction accuracy error was less than 0.5 mm for all datasets.", "0.5 mm", "Reconstruction accuracy error"),
])
def test_results_measure_is_number(nlp, sentence, raw, metric):
    results = {r.raw: r for r in facts_of(nlp, sentence).results}
    assert (results[raw].metric, results[raw].rule) == (metric, "result:phrase_is")


def test_results_is_number_needs_a_measure(nlp):
    # "is 20% larger": the subject is a dataset, not a measure
    facts = facts_of(nlp, "The new corpus is 20% larger than the previous release.")
    assert all(r.rule != "result:phrase_is" for r in facts.results)


def test_results_a_version_inside_a_dataset_name_is_not_a_result(nlp):
    # seeds: DNO abstract
    facts = facts_of(nlp, "DNO achieves the state-of-the-art win-rate against GPT-4-Turbo of 33% on AlpacaEval 2.0 "
                          "(even after controlling for response length).")
    assert sorted(r.raw for r in facts.results) == ["33%"]


def test_results_vs_is_not_a_metric(nlp):
    # seeds: ERNIE 3.0 abstract
    facts = facts_of(nlp, "Its English version achieves the first place on the SuperGLUE benchmark (July 3, 2021), "
                          "surpassing the human performance by +0.8% (90.6% vs. 89.8%).")
    assert "vs" not in {r.metric for r in facts.results}
    assert [d.name for d in facts.datasets] == ["SuperGLUE"]  # "July 3" is a date


def test_results_a_user_lexicon_metric_before_by(tmp_path):
    # seeds: Kronos abstract, with RankIC as a user's lexicon metric
    lexicon = tmp_path / "mine.jsonl"
    lexicon.write_text('{"type": "metric", "name": "RankIC", "aliases": [], "domain": "time-series", '
                       '"higher_is_better": true}\n')
    facts = facts_of(build_nlp([lexicon]), "Kronos improves price series forecasting RankIC by 93% over the leading TSFM.")
    assert [(r.raw, r.metric) for r in facts.results] == [("93%", "RankIC")]


def test_results_the_size_of_a_corpus_is_setup(nlp):
    # seeds: ERNIE 3.0 abstract
    facts = facts_of(nlp, "We trained the model with 10 billion parameters on a 4TB corpus consisting of plain texts "
                          "and a large-scale knowledge graph.")
    assert [r.raw for r in facts.results] == ["10 billion"]


@pytest.mark.parametrize("sentence, expected", [
    # corpus (arXiv cs 2019): a generic "score of" takes the metric the sentence names
    ("For the Cebuano to Tagalog translation, BLEU produced a score of 20.01.", [("20.01", "BLEU")]),
    # corpus: the measure after an inner article
    ("Empirically, we show that our approach yields an improvement of approximately 12% on optical flow "
     "estimation over state-of-the-art methods.", [("12%", "improvement")]),
    # corpus: the verb before a measure is no part of it
    ("We cluster available panoramas into a single compact representation and observe computational gains of "
     "approximately 50%.", [("50%", "computational gains")]),
])
def test_results_measure_phrases(nlp, sentence, expected):
    assert [(r.raw, r.metric) for r in facts_of(nlp, sentence).results] == expected


def test_results_html_escaped_p_values_are_not_results(nlp):
    # corpus: "p&lt;0.001" as the arXiv metadata writes it
    facts = facts_of(nlp, "Both approaches yielded significantly improved Dice (signed rank tests; p&lt;0.001).")
    assert [r.raw for r in facts.results] == []


def test_results_to_new_from_old(nlp):
    # corpus (arXiv cs 2019): the new value first, the old one after "from"
    facts = facts_of(nlp, "Our method achieves state-of-the-art on the evaluation dataset by reducing the error "
                          "rate to 0.09 from 0.13.")
    assert [(r.raw, r.previous, r.metric) for r in facts.results] == [("0.09", 0.13, "error rate")]


def test_results_a_margin_over_baselines_is_in_the_metric_its_sentence_names(nlp):
    # corpus (arXiv cs 2019)
    facts = facts_of(nlp, "With the extra syntax-aware representations, our approaches achieve new state-of-the-art "
                          "85.6 F1 (single model) and 86.6 F1 (ensemble) on the test data, outperforming the "
                          "corresponding strong baselines with ELMo by 0.8 and 1.0, respectively.")
    assert [(r.raw, r.metric) for r in facts.results] == [
        ("85.6", "F1"), ("86.6", "F1"), ("0.8", "F1 improvement"), ("1.0", "F1 improvement")]


@pytest.mark.parametrize("sentence, pairs", [
    # dev abstract a71bf4e3bd (seeds)
    ("We perform experiments on two large-scale datasets: 100DOH and MECCANO, improving AP50 performance by "
     "8% and 30%, respectively, over the state of the art.", [("8%", "100DOH"), ("30%", "MECCANO")]),
    # corpus (2019): three datasets, three numbers
    ("When trained as generative models, our invertible networks achieve new state-of-the-art likelihoods on "
     "MNIST, CIFAR-10 and ImageNet 32x32, with bits per dimension of 0.98, 3.32 and 4.06 respectively.",
     [("0.98", "MNIST"), ("3.32", "CIFAR-10"), ("4.06", "ImageNet 32x32")]),
    # dev abstract 1dde02d427 (seeds): slashes pair them too
    ("Models with finite D can be superior to previous state-of-the-art diffusion models on CIFAR-10/FFHQ "
     "64{times}64 datasets, with FID scores of 1.91/2.43 when D{=}2048/128.",
     [("1.91", "CIFAR-10"), ("2.43", "FFHQ 64{times}64")]),
    # corpus 1908.09526 (tune4): the names after "three datasets of" are all datasets
    ("We tested our MCNN on three datasets of Indian Pines, University of Pavia and Salinas, and we achieved the "
     "classification accuracy of 98.3%, 99.5% and 99.3%, respectively.",
     [("98.3%", "Indian Pines"), ("99.5%", "University of Pavia"), ("99.3%", "Salinas")]),
    # corpus 1908.05349 (tune4): SEED-IV is the number's before it; the later numbers are DEAP's,
    # and "94.58% on the SEED dataset" is no dataset name
    ("DCCA achieves state-of-the-art recognition accuracy rates on all five datasets: 94.58% on the SEED "
     "dataset, 87.45% on the SEED-IV dataset, 84.33% and 85.62% for two binary classification tasks and 88.51% "
     "for a four-category classification task on the DEAP dataset.",
     [("94.58%", "SEED"), ("87.45%", "SEED-IV"), ("84.33%", "DEAP"), ("85.62%", "DEAP"), ("88.51%", "DEAP")]),
    # corpus 1810.07733 (tune4): "on DAVIS and FBMS": a name listed after a dataset is one too
    ("Our proposed adaptation method outperforms the state-of-the-art on DAVIS and FBMS with 6.8% and 1.2% in "
     "F-measure respectively.", [("6.8%", "DAVIS"), ("1.2%", "FBMS")]),
    # tune7: the list after "compared with <method> on", with a name in parentheses
    ("The results show a significant improvement of 4.03%, 1.90%, 1.79% and 2.82% as compared with ResNet on "
     "CASME-I, CASME-II, CAS(ME)^2 and SMIC datasets respectively.",
     [("4.03%", "CASME-I"), ("1.90%", "CASME-II"), ("1.79%", "CAS(ME)^2"), ("2.82%", "SMIC")]),
    # corpus 1905.08171: the dollars of LaTeX values between the numbers of the list
    ("We demonstrate the effectiveness of our proposed approach on the benchmark SVHN and CIFAR10 datasets, on "
     "which we achieve new state-of-the-art error rates of $3.54\\%$ and $10.09\\%$, respectively.",
     [("3.54\\%", "SVHN"), ("10.09\\%", "CIFAR10")]),
    # corpus 1901.02212, 1903.03313, 1904.08936: as many datasets named before the numbers, however apart
    ("We evaluated FakeCatcher both on Face Forensics dataset [46] and on our newly introduced Deep Fakes dataset, "
     "performing with 82.55% and 77.33% accuracy respectively.",
     [("82.55%", "Face Forensics"), ("77.33%", "Deep Fakes")]),
    ("We evaluated the proposed SWSDB model on the ISIC-2017 challenge dataset and PH2 dataset and achieved a "
     "Jaccard index of 80.4% and 89.4%, respectively, setting a new record in skin lesion segmentation.",
     [("80.4%", "ISIC-2017"), ("89.4%", "PH2")]),
    ("The LTM is tested on Penn treebank dataset, and Text8 dataset and LTM achieves test perplexities of 83 and "
     "82 respectively.", [("83", "Penn treebank"), ("82", "Text8")]),
    # corpus 1906.03805: a dataset named twice counts once
    ("Empirically, we show that our method improves on the single model state-of-the-art results for language "
     "modeling on Penn Treebank (PTB) and Wikitext-2, achieving test perplexity scores of 46.01 and 38.07, "
     "respectively.", [("46.01", "Penn Treebank"), ("38.07", "Wikitext-2")]),
    # corpus 1901.02511: as many names listed right after the numbers pair with them without "respectively"
    ("The efficient MSFCN-2 provided an improvement of 11% and 5% for KITTI and SYNTHIA with negligible increase in "
     "computational complexity compared to the baseline version.", [("11%", "KITTI"), ("5%", "SYNTHIA")]),
    # corpus 1908.07704: a list that does not pair with the numbers gives them none of its names
    ("The DSC values with baseline U-net for the JSRT, Montgomery and our databases were 0.979, 0.941, and 0.889, "
     "respectively.", [("0.979", None), ("0.941", None), ("0.889", None)]),
    # corpus 1711.10212: the numbers pair with what follows them; the one challenge named before is theirs
    ("Validated on the test data of the MICCAI 2017 Grand Challenge on 6-month infant brain MRI segmentation "
     "(iSeg-2017), our method achieved an average Dice Overlap Coefficient of 95.4%, 91.6% and 89.6% for CSF, GM "
     "and WM, respectively.", [("95.4%", "iSeg-2017"), ("91.6%", "iSeg-2017"), ("89.6%", "iSeg-2017")]),
])
def test_results_respectively_gives_each_number_its_dataset(nlp, sentence, pairs):
    results = facts_of(nlp, sentence).results
    assert [(r.raw, r.dataset) for r in results] == pairs


@pytest.mark.parametrize("sentence", [
    # corpus 1906.11484, 1905.06125: a count of what a metric is taken over is no value of it
    "We conducted experiments using simulated images of 20 patients and real images of three patients to evaluate "
    "the segmentation accuracy of 19 muscles.",
    "We report the cumulative rewards across 49 games.",
])
def test_results_a_count_of_what_is_measured_is_no_value(nlp, sentence):
    assert not facts_of(nlp, sentence).results


def test_results_respectively_pairs_gains_with_the_metrics_after_in_terms_of(nlp):
    # corpus 1905.07497: the metrics listed after "in terms of", past the gain word, pair in order
    facts = facts_of(nlp, "With multi-channel framework as well, we can obtain relatively up to +35.5% and +46% "
                          "improvement in terms of WER and SDR, respectively.")
    assert [(r.metric, r.raw) for r in facts.results] == [("WER", "+35.5%"), ("SDR", "+46%")]


def test_results_from_a_value_with_its_spread_and_an_aside_to_another(nlp):
    # corpus 1906.11484: the spread and a parenthesis stand between "from A" and "to B"
    facts = facts_of(nlp, "In simulation study, the proposed method showed improvement in the average symmetric surface "
                          "distance (ASD) of all muscles from 1.17 +/- 0.543 mm (mean +/- std over all patients) to "
                          "1.10 +/- 0.509 mm over our previous method.")
    assert [(r.raw, r.previous) for r in facts.results] == [("1.10", 1.17)]


def test_results_a_parenthesis_after_another_clauses_comparison_holds_results(nlp):
    # tune10 (1908.04702): "Over baseline SLANT," opens another clause than the parenthesis of values
    facts = facts_of(nlp, "Over baseline SLANT, both approaches yielded significantly improved performance (signed "
                          "rank tests; pediatric: 0.89 vs. 0.82 DSC, p&lt;0.001).")
    assert [(r.metric, r.raw, r.previous) for r in facts.results] == [("DSC", "0.89", 0.82)]


def test_results_a_count_before_a_unit_word_stays(nlp):
    # corpus 1705.07222: "frames-per-second" is a unit, not counted frames
    facts = facts_of(nlp, "Our tracker achieves superior performance with a real-time processing speed of 78 "
                          "frames-per-second (fps).")
    assert [(r.metric, r.raw) for r in facts.results] == [("FPS", "78")]
    # corpus 1812.08911: beating a count of others is a result ("51 out of 57 games")
    facts = facts_of(nlp, "The algorithm showed significantly higher sensitivity than 7 of 10 graders.")
    assert [(r.metric, r.raw) for r in facts.results] == [("sensitivity", "7")]


@pytest.mark.parametrize("sentence, expected", [
    # corpus 1909.00021, 1907.02547, 1902.00751: a number a result stays within of another's is the gap to it
    ("Finally, we show that in a challenging language processing task, the delayed RNN performs within 0.3\\% of "
     "the accuracy of the bidirectional network while reducing computational costs.", [("accuracy gap", "0.3\\%")]),
    ("The number of FLOPS required by the ResNet feature extractor is reduced by half, while maintaining a "
     "comparable rank-1 accuracy (within 1\\% of the original model).", [("Rank-1 accuracy gap", "1\\%")]),
    ("On GLUE, we attain within 0.4% of the performance of full fine-tuning, adding only 3.6% parameters per task.",
     [("performance gap", "0.4%"), ("parameters", "3.6%")]),
    # guard: a time within which something happens stays a runtime
    ("Our system detected the target within 8 seconds.", [("runtime", "8 seconds")]),
])
def test_results_within_a_share_of_another_is_a_gap(nlp, sentence, expected):
    assert [(r.metric, r.raw) for r in facts_of(nlp, sentence).results] == expected


def test_results_a_share_of_cases_names_no_metric(nlp):
    # corpus 1901.09102: "36% of the cases" says nothing of what was measured
    facts = facts_of(nlp, "NMT can automatically replicate the changes implemented by developers during pull "
                          "requests in up to 36% of the cases.")
    assert "cases" not in {r.metric for r in facts.results}


def test_results_a_standard_deviation_in_parentheses_is_no_result(nlp):
    # corpus 1906.11031 and a "falls from A (sd) to B (sd)" sentence of the 2019 corpus
    facts = facts_of(nlp, "For subthalamic-nucleus (small structure) DC and cDC were 0.86 (0.025) and 0.97 (0.006), "
                          "respectively.")
    assert "0.025" not in {r.raw for r in facts.results} and "0.006" not in {r.raw for r in facts.results}
    falls = facts_of(nlp, "The average normalised mean square error falls from 0.32 (0.55) with the least-squares "
                          "fitting to 0.13 (0.2) using the proposed method.")
    assert [(r.raw, r.previous) for r in falls.results] == [("0.13", 0.32)]


def test_results_slashed_percentages_with_the_metric_in_parentheses(nlp):
    # arXiv 2019 (tune3 set)
    facts = facts_of(nlp, "Experiments show that our SiamFC+ and SiamRPN+ obtain up to 9.8%/5.7% (AUC), 23.3%/8.8% "
                          "(EAO) and 24.4%/25.0% (EAO) relative improvements over the original versions.")
    assert [(r.metric, r.raw) for r in facts.results] == [
        ("AUC", "9.8%"), ("AUC", "5.7%"), ("EAO", "23.3%"), ("EAO", "8.8%"), ("EAO", "24.4%"), ("EAO", "25.0%")]


def test_results_after_words_ending_in_le_or_ge(nlp):
    # arXiv 2019 (tune3 set): "average" and "single" end like the LaTeX "ge"/"le"; they are no bound.
    # An acronym followed by "errors" is a metric.
    facts = facts_of(nlp, "The proposed approach generates an average 40.40 and 62.29 optimal sub-pattern "
                          "assignment (OSPA) errors on MOT15 and MOT16/17 datasets, respectively.")
    assert [r.value for r in facts.results] == [40.40, 62.29]
    assert "OSPA" in {m.name for m in facts.metrics}
    assert find_numbers("for all k \\le 5 and x leq 3, error ge 0.5") == []


def test_results_slashed_old_and_new_values_on_slashed_datasets(nlp):
    # seed abstract (tune2 set): DDO
    facts = facts_of(nlp, "Notably, DDO achieves state-of-the-art performance, reducing FID scores from 1.79/1.58 to "
                          "new records of 1.30/0.97 on CIFAR-10/ImageNet-64 datasets.")
    assert [(r.metric, r.raw, r.previous, r.dataset) for r in facts.results] == [
        ("FID", "1.30", 1.79, "CIFAR-10"), ("FID", "0.97", 1.58, "ImageNet-64")]


def test_results_a_range_is_valued_at_its_low_end():
    numbers = find_numbers("achieved 77%-94% precision, a 0.4~1.3 GPU-days search and 18% ~ 41% gains in 2018-2019")
    assert [(n.raw, n.value, n.unit) for n in numbers] == [
        ("77%-94%", 77.0, "%"), ("0.4~1.3 GPU-days", 0.4, "GPU time"), ("18% ~ 41%", 18.0, "%")]
    assert [n.raw for n in find_numbers("false alarm rates of 10-7")] == ["10"]  # no range runs downwards
    # corpus 1902.10811 (tune4): spaces around the dash of two percentages; "5 - 3" is no range
    assert [(n.raw, n.value) for n in find_numbers("accuracy drops of 3% - 15% on CIFAR-10")] == [("3% - 15%", 3.0)]
    assert [n.raw for n in find_numbers("the 5 - 3 split")] == ["5", "3"]


def test_results_signs_and_factors_written_before_the_number():
    # a minus sign after a space is the value's sign (corpus 1902.07110, 1906.02112); "x7" is a factor
    # (corpus 1711.06045: "at x47 faster runtime"); a hyphen inside a name is neither
    numbers = find_numbers("a decreased repetition-rate (-4.98%), an SNR of -3dB, x47 faster and (x0.40 training time) "
                           "with VASA-1")
    assert [(n.raw, n.value, n.unit) for n in numbers] == [
        ("-4.98%", -4.98, "%"), ("-3dB", -3.0, "dB"), ("x47", 47.0, "x"), ("x0.40", 0.4, "x")]


def test_results_a_phrase_after_a_number_that_starts_with_a_function_word_is_no_measure(nlp):
    # tune2 seed abstract: "near -0.998 as solid evidence" names no measure; "coefficients of" does
    facts = facts_of(nlp, "The scores show linear correlation coefficients near -0.998 as solid evidence of scaling.")
    assert not any(r.metric.startswith("as ") for r in facts.results)
    facts = facts_of(nlp, "It shows linear correlation coefficients of -0.998 with the scores.")
    assert [(r.metric, r.value) for r in facts.results] == [("linear correlation coefficient", -0.998)]


def test_results_a_ranking_metric_at_any_cutoff(nlp):
    # corpus 1905.06900 (tune4): "Recall@100" is the lexicon's recall@k, and no method's name; the
    # result names it as the paper does, and its key is recall@k's
    facts = facts_of(nlp, "On 1 billion SIFT vectors, our approach offers a Recall@100 of 0.85 in 5.2 ms.")
    result = results_by_value(facts)[0.85]
    assert (result.metric, result.metric_key) == ("Recall@100", entity_key("metrics", "recall@k"))
    assert [m.name for m in facts.metrics] == ["recall@k"]
    assert "Recall" not in {m.name for m in facts.methods}


def test_results_a_bare_gain_is_an_improvement_and_later_datasets_share_it(nlp):
    # corpus 1908.06473 (tune4)
    facts = facts_of(nlp, "Compared to the previous best methods, S-DCNet brings a 20.2% relative improvement on the "
                          "ShanghaiTech Part B, 20.9% on the UCF-QNRF, 22.5% on the TRANCOS and 15.1% on the MTC.")
    assert [(r.metric, r.raw, r.dataset) for r in facts.results] == [
        ("relative improvement", "20.2%", "ShanghaiTech"), ("relative improvement", "20.9%", "UCF-QNRF"),
        ("relative improvement", "22.5%", "TRANCOS"), ("relative improvement", "15.1%", "MTC")]
    # a gain after a metric the sentence names is a gain in that metric (tune seed abstract), named so;
    # its metric entity is that metric
    named = facts_of(nlp, "SPR achieves a median human-normalized score of 0.415 on Atari, which represents a 55% "
                          "relative improvement over the previous state-of-the-art.")
    assert [r.metric for r in named.results] == ["human-normalized score", "human-normalized score relative improvement"]
    assert len({r.metric_key for r in named.results}) == 1
    # corpus 1907.12003, 1905.04197: "N% higher than ..." after the metric
    higher = facts_of(nlp, "Our results also indicate that EMMA achieves an accuracy level that is, on average, 13.5% "
                           "higher than the case when only informativeness of the sensor data is considered.")
    assert [(r.metric, r.raw) for r in higher.results] == [("accuracy improvement", "13.5%")]
    # corpus 1907.10738, 1903.09244: a gain set off after the metric's value is that metric's improvement
    facts = facts_of(nlp, "In this paper we address QA with respect to the OpenBookQA dataset and combine state of the "
                          "art language models with abductive information retrieval (IR) to achieve 72.0% accuracy, "
                          "an 11.6% improvement over the current state of the art.")
    assert [(r.metric, r.raw) for r in facts.results] == [("accuracy", "72.0%"), ("accuracy improvement", "11.6%")]


@pytest.mark.parametrize("sentence, results", [
    # tune2 seed abstracts: a model's size when the sized model is what achieves the result
    ("With OREAL, for the first time, a 7B model can obtain 94.0 pass@1 accuracy on MATH-500.",
     [("parameters", "7B"), ("pass@1", "94.0")]),
    ("An 8.7B model with 512 resolution achieves 83.1 on VBench.", [("parameters", "8.7B"), ("VBench score", "83.1")]),
    # the size of a model one merely uses is setup
    ("We fine-tune a 7B model on the collected examples.", []),
    # tune2 seed abstract: "at a scale of" sets up other numbers, but a parameter count is a result
    ("We train xTrimoPGLM at an unprecedented scale of 100 billion parameters and 1 trillion training tokens.",
     [("parameters", "100 billion")]),
])
def test_results_the_size_of_the_model_that_achieves_a_result(nlp, sentence, results):
    assert [(r.metric, r.raw) for r in facts_of(nlp, sentence).results] == results


def test_results_lengths_keep_their_unit_and_a_clause_word_ends_a_measure(nlp):
    # corpus 1908.08004 and 1905.04423 (read among 30 random corpus results)
    facts = facts_of(nlp, "It achieves the state-of-the-art performance of 0.86 Dice coefficient and 6.73 mm Hausdorff "
                          "distance on RVSC-MICCAI 2012 dataset.")
    assert [(r.metric, r.raw) for r in facts.results] == [("Dice", "0.86"), ("Hausdorff distance", "6.73 mm")]
    facts = facts_of(nlp, "DRL achieves a 1.14x reduction in average hop count albeit with slightly more power overhead.")
    assert [(r.metric, r.raw) for r in facts.results] == [("average hop count", "1.14x")]


@pytest.mark.parametrize("sentence, results", [
    # corpus 1904.03223, 1908.03204, 1907.03961: a place in a ranking is a result
    ("It achieved a micro-averaged F1 score of 0.7765, ranking 3rd on the test-set leader-board.",
     [("micro-averaged F1", "0.7765"), ("rank", "3rd")]),
    ("In the challenge, we finally achieved the 7th place among 106 teams.", [("rank", "7th")]),
    ("Our system places 2nd on the official KITTI leaderboard.", [("rank", "2nd")]),
    # ordinals that count something else are no results
    ("The 2nd stage refines the boxes of the 3rd Workshop on Noisy User-generated Text.", []),
])
def test_results_a_place_in_a_ranking(nlp, sentence, results):
    assert [(r.metric, r.raw) for r in facts_of(nlp, sentence).results] == results


@pytest.mark.parametrize("sentence, results", [
    # corpus 1906.03153, 1908.08873, 1909.00136: "respectively" pairs the k-th name with the k-th number
    ("The detection model had accuracy, sensitivity, specificity, and precision of 0.965, 0.692, 0.978, and "
     "0.584, respectively.",
     [("accuracy", "0.965", None, None), ("sensitivity", "0.692", None, None), ("specificity", "0.978", None, None),
      ("precision", "0.584", None, None)]),
    ("BERT and XLNet reach 91.2% and 88.5% accuracy, respectively.",
     [("accuracy", "91.2%", None, "BERT"), ("accuracy", "88.5%", None, "XLNet")]),
    ("We obtain 1.2% and 3.4% gains on CIFAR-10 and CIFAR-100, respectively.",
     [("improvement", "1.2%", "CIFAR-10", None), ("improvement", "3.4%", "CIFAR-100", None)]),
])
def test_results_respectively_pairs_names_and_numbers_in_order(nlp, sentence, results):
    facts = facts_of(nlp, sentence)
    assert [(r.metric, r.raw, r.dataset, r.method) for r in facts.results] == results


@pytest.mark.parametrize("sentence", [
    # corpus 1906.00300, 1812.03544: the method a number is compared with does not own it
    "On datasets where a user is genuinely seeking an answer, we show that learned retrieval is crucial, "
    "outperforming BM25 by up to 19 points in exact match.",
    "Evaluated on the challenging AVA dataset, the approach improves over the I3D baseline by 5.5% mAP.",
])
def test_results_a_method_compared_with_owns_no_number(nlp, sentence):
    facts = facts_of(nlp, sentence)
    assert facts.results and all(r.method is None for r in facts.results)


def test_results_a_metric_after_a_clause_word_measures_the_next_number(nlp):
    # corpus 1906.09666, 1906.12188: "0.79 with root mean square error of 5.90": the RMSE is 5.90's
    facts = facts_of(nlp, "The coefficient of determination for predicting the yield was 0.79 with root mean square "
                          "error of 5.90 grams.")
    # (the metric as the sentence writes it, merged with R2 by its key)
    assert [(r.metric, r.raw) for r in facts.results] == [("coefficient of determination", "0.79"),
                                                          ("root mean square error", "5.90")]
    assert facts.results[0].metric_key == "r2"
    facts = facts_of(nlp, "It achieved a CIDEr score equal to 125.0 and a BLEU-4 score equal to 50.5.")
    assert [(r.metric, r.raw) for r in facts.results] == [("CIDEr", "125.0"), ("BLEU", "50.5")]


def test_results_each_respectively_list_pairs_its_own_names(nlp):
    # corpus 1908.09340 and 1904.03392: two lists in one sentence; a metric named after a list
    facts = facts_of(nlp, "We get 89.78%, 56.13% rank-1 accuracy on PRID2011 and CUHK03 respectively, and 85.16%, "
                          "45.36% mAP on DukeMTMC and MARS respectively.")
    assert [(r.raw, r.dataset) for r in facts.results] == [
        ("89.78%", "PRID2011"), ("56.13%", "CUHK03"), ("85.16%", "DukeMTMC"), ("45.36%", "MARS")]
    facts = facts_of(nlp, "We improve over CNNs with significantly better performance of 3.17%, 16.15%, 1.44%, 21.46% "
                          "error rate on CIFAR-10, CIFAR-100, SVHN and ImageNet respectively.")
    assert [(r.metric, r.dataset) for r in facts.results] == [
        ("error rate", "CIFAR-10"), ("error rate", "CIFAR-100"), ("error rate", "SVHN"), ("error rate", "ImageNet")]
    # the methods a number is compared with are no owners of the list
    facts = facts_of(nlp, "In comparison to FCN, U-Net, and SegNet, the ensemble outperformed them by 7.42%, 17.95%, "
                          "and 9.96% for the Jaccard index, respectively.")
    assert facts.results and all(r.method is None for r in facts.results)


@pytest.mark.parametrize("sentence, results", [
    # corpus 1902.02910, 1906.03897, 1908.06258, 1810.04805: "points" is the unit of a gain, not its metric
    ("Our results demonstrate 1.3 points and 2.7 points mAP improvement.", [("mAP", "1.3 points"), ("mAP", "2.7 points")]),
    ("Our approach improves F0.5 by 3.7 points over the best result.", [("F0.5", "3.7 points")]),
    ("We improve the low-resource translation pair by more than 3.13 points in terms of BLEU score.",
     [("BLEU", "3.13 points")]),
    ("BERT obtains a 7.7% point absolute improvement.", [("improvement", "7.7%")]),
    # words that begin no measure: "4% over strong baselines"
    ("Our method improves the Cityscapes F-score by 4% over strong baselines.", [("F-score", "4%")]),
    ("Our method improves by 4% over strong baselines.", []),
    # a point cloud's size is no result
    ("We sample 2048 points on the surface of each shape.", []),
])
def test_results_points_are_a_unit(nlp, sentence, results):
    assert [(r.metric, r.raw) for r in facts_of(nlp, sentence).results] == results


@pytest.mark.parametrize("sentence", [
    # corpus 1906.11645, 1901.07012: the size of data, with a word before its noun, is setup
    "RUSLAN contains 22200 audio samples with text annotations -- more than 31 hours of high-quality speech.",
    "A CNN trained with fine-grain labels and only 40% of the total training data can achieve higher accuracy.",
    # corpus 1901.02348, 1904.06508, 1905.06791 (tune3 set), 1906.01155 (tune9 set): hours of data, however written
    "We incorporate up to 8000 hours of untranscribed data for training and present our results.",
    "Preliminary experiments show that we only need around 15 minutes of paired data to obtain a relatively good "
    "TTS model.",
    "We demonstrate its adaptability by mimicking unseen voices using 5 to 20 minutes long datasets.",
    "The database includes 3000 semi-natural utterances, equivalent to 3 hours and 25 minutes of speech data "
    "extracted from online radio plays.",
    # corpus 1901.01708 (tune11 set): a time point, not a duration anything takes
    "For samples collected up to 369 hours post-mortem, the proposed method works.",
    # corpus 1906.00486: a prediction horizon
    "Our predictions were accurate (the median error between the predicted and the actual value at 5 seconds into "
    "the future) depending on scenarios.",
])
def test_results_an_amount_of_data_is_setup(nlp, sentence):
    assert facts_of(nlp, sentence).results == ()


def test_results_a_gain_of_more_than_a_value(nlp):
    # corpus 1905.03397, 1908.01381: "of more than" before the number, a verb before the measure
    facts = facts_of(nlp, "It shows an improvement of more than 7% over state of the art.")
    assert [(r.metric, r.raw) for r in facts.results] == [("improvement", "7%")]
    facts = facts_of(nlp, "We demonstrate track-keeping errors of less than 1.5 meter consistently.")
    assert [r.metric for r in facts.results] == ["track-keeping errors"]


def test_results_hounsfield_units_stay_on_the_value_and_name_no_method(nlp):
    # corpus 1906.02973-like CT sentences (read among the judged corpus results)
    facts = facts_of(nlp, "For the test set the MAE for the Pix2Pix model was 92.4 HU for the body region.")
    assert [(r.metric, r.raw, r.method) for r in facts.results] == [("MAE", "92.4 HU", "pix2pix")]


@pytest.mark.parametrize("sentence, results", [
    # mends after review: a measured share of videos, a baseline's own value, a metric right after
    # a "respectively" list, and ordinals that rank nothing
    ("Our method achieves a recall of 93% of the manipulated videos.", [("recall", "93%", None)]),
    ("ResNet-50 achieves 76.1% top-1 accuracy, and the baseline VGG-16 achieves 71.5%.",
     [("top-1 accuracy", "76.1%", "ResNet"), ("top-1 accuracy", "71.5%", "VGG")]),
    ("Evaluated by BLEU and METEOR, the systems score 30.1 and 31.2 BLEU on En-De and En-Fr, respectively.",
     [("BLEU", "30.1", None), ("BLEU", "31.2", None)]),
    ("The model predicts the token at the 3rd position of the sequence.", []),
    ("Ranked 2nd on the leaderboard, our system reaches 0.61 F1.", [("rank", "2nd", None), ("F1", "0.61", None)]),
])
def test_results_cases_the_review_found(nlp, sentence, results):
    assert [(r.metric, r.raw, r.method) for r in facts_of(nlp, sentence).results] == results



def test_results_a_value_with_its_spread_in_math(nlp):
    # tune5-like: "$0.89 \pm 0.14$" is a plain value and its spread, not a formula
    facts = facts_of(nlp, r"We obtain a Dice score of $0.89 \pm 0.14$ for lumen and $0.85\pm0.12$ for laminae.")
    assert [(r.metric, r.value) for r in facts.results] == [("Dice", 0.89), ("Dice", 0.85)]


def test_results_the_one_method_of_the_title_owns_untied_numbers(nlp):
    # judged corpus results: "A SVM approach ..." names the method that reaches the numbers
    facts = facts_of(nlp, "The approach reaches a sensitivity of 0.9783 on the test data.",
                     title="A SVM Approach for Seizure Detection")
    assert [(r.metric, r.method) for r in facts.results] == [("sensitivity", "SVM")]


def test_results_no_title_owner_when_the_paper_proposes_one(nlp):
    facts = facts_of(nlp, "We propose FooNet. It reaches a sensitivity of 0.9783 on the test data.",
                     title="A SVM Approach for Seizure Detection")
    assert [r.method for r in facts.results] == ["FooNet"]


def test_results_of_two_proposed_methods_the_one_the_title_names_owns_untied_numbers(nlp):
    # 1907.06319 (tune9 set): the title's "Deep SHORE", not the "alternative formulation" proposed first
    facts = facts_of(nlp, "We present an alternative formulation of the fiber orientation distribution (FOD) "
                          "object. We present our Deep SHORE approach to learn on a manifold. Deep SHORE is "
                          "evaluated on preclinical data. The accuracy reached 0.78 on single shell data.",
                     title="Generalizable Data-Driven Diffusion Models with Deep SHORE")
    assert {m.name for m in facts.methods if m.proposed} >= {"Deep SHORE"}
    assert [(r.value, r.method) for r in facts.results] == [(0.78, "Deep SHORE")]


def test_results_a_confidence_interval_between_value_and_metric(nlp):
    # judged corpus result: "a 77.97% (95% CI, 65.27%-87.71%) sensitivity"
    facts = facts_of(nlp, "HIENet achieved an AUC of 0.9829 with a 77.97% (95% CI, 65.27%-87.71%) sensitivity "
                          "and 100% (95% CI, 97.42%-100.00%) specificity.")
    assert [(r.metric, r.raw) for r in facts.results] == [
        ("AUC", "0.9829"), ("sensitivity", "77.97%"), ("specificity", "100%")]


def test_results_a_factor_before_a_comparative(nlp):
    facts = facts_of(nlp, "The model is 60 times cheaper than the baseline, with a 3x smaller error.")
    assert [(r.metric, r.raw) for r in facts.results] == [("cost", "60 times"), ("error", "3x")]
    # arXiv 2019 (tune7 set): a share before a comparative too
    facts = facts_of(nlp, "DiCENet is 4.5% more accurate and has 5.6 times fewer FLOPs than YOLOv2 on MS-COCO.")
    assert [(r.metric, r.raw) for r in facts.results] == [("accuracy", "4.5%"), ("FLOPs", "5.6 times")]


@pytest.mark.parametrize("sentence, raw, previous", [
    # review of session 9: a rise written "A to B" is a change, a bare "range from" a range
    ("Fine-tuning raises the accuracy 61.2% to 70.4% on SST-2.", "70.4%", 61.2),
    ("The accuracies range from 81% to 97% across sites.", "81% to 97%", None),
    # corpus 1902.11032, 1904.05967, 1810.06683: an amount "by" or "of" N to M in points, dB or signed is a range
    ("In particular, we observe the peak signal-to-noise ratio can typically be improved by 2 to 5 dB over "
     "current state-of-the-art approaches.", "2 to 5 dB", None),
    ("In particular, our approach improves the prediction accuracy of unseen attribute-object pairs by 4 to 15 "
     "points over the state-of-the-art.", "4 to 15 points", None),
    ("By reducing sequential instruction understanding to conversational machine comprehension, FlowQA "
     "outperforms the best models on all three domains in SCONE, with +1.8% to +4.4% improvement in accuracy.",
     "+1.8% to +4.4%", None),
])
def test_results_worded_range_or_change(nlp, sentence, raw, previous):
    assert [(r.raw, r.previous) for r in facts_of(nlp, sentence).results] == [(raw, previous)]


@pytest.mark.parametrize("sentence, raws", [
    ("Our model reaches 78.0% top-1 accuracy, outperforming ResNet-50(76.1%) and DenseNet-121(77.2%).",
     ["78.0%", "76.1%", "77.2%"]),
    ("The method achieves a detection rate of 92% of seizure recordings.", ["92%"]),
    ("HIENet reaches a 77.97% (95 % CI: 65.27%-87.71%) sensitivity.", ["77.97%"]),
])
def test_results_review_cases_stay_results(nlp, sentence, raws):
    assert [r.raw for r in facts_of(nlp, sentence).results] == raws


def test_results_a_number_repeated_in_parentheses_is_one_result(nlp):
    facts = facts_of(nlp, "DNO achieves a win-rate of 33% on AlpacaEval 2.0, an absolute gain of 26% (7% to 33%) "
                          "over the initializing model.")
    assert [r.raw for r in facts.results] == ["33%", "26%"]


@pytest.mark.parametrize("sentence, value, metric", [
    # speech error rates are canonically their acronyms, as annotators and papers name them; a
    # result keeps the metric as written and links to the entity by its key
    ("Our model reaches a word error rate of 5.1% on the test set.", 5.1, "WER"),
    ("The character error rate (CER) drops to 8.4% on HKUST.", 8.4, "CER"),
    ("It obtains a concordance correlation coefficient of 0.606 on arousal.", 0.606, "CCC"),
])
def test_results_speech_error_rates_are_named_by_their_acronyms(nlp, sentence, value, metric):
    facts = facts_of(nlp, sentence)
    assert [m.name for m in facts.metrics] == [metric]
    assert results_by_value(facts)[value].metric_key == facts.metrics[0].key


@pytest.mark.parametrize("sentence, value, metric", [
    # tune6: "F1=0.846" (a digit before "="), a decimal comma before "%", a plural measure head
    ("We validate ICE with a gaze tracker (F1=0.846, N=8).", 0.846, "F1"),
    ("Our classifier reaches an accuracy of 94,5% on MNIST.", 94.5, "accuracy"),
    ("Our method can achieve the Winograd domain sparsities of 63% on CIFAR10.", 63.0, "Winograd domain sparsities"),
    # tune3/5/6: a bound on a share is a result, a phrase before "(" names its number, megabytes
    ("They were written years apart (&gt; 75% accuracy).", 75.0, "accuracy"),
    ("BPsvm yields a sensitivity of 86.6% and 0.84 false alarm (per hour).", 0.84, "false alarm"),
    ("SkyNet has only 1.82 megabyte (MB) of parameters.", 1.82, "parameters"),
])
def test_results_written_forms_of_a_value_and_its_measure(nlp, sentence, value, metric):
    assert results_by_value(facts_of(nlp, sentence))[value].metric == metric


@pytest.mark.parametrize("sentence, value, metric", [
    # corpus / tune6: a statistic's symbol before "=" names the metric
    ("It agrees with expert ratings of eye contact (r= 0.37, N=170).", 0.37, "Pearson correlation"),
    ("KnowBias achieves a high accuracy of 86% (rho = 0.65) on these tweets.", 0.65, "Spearman correlation"),
    # tune7: a LaTeX coefficient of determination
    ("The final global model had a root mean square error (RMSE) value of 13.01 $\\mu$g/m$^3$ (R$^2$=0.75) in "
     "the disjoint test set.", 0.75, "R2"),
])
def test_results_a_statistics_symbol_names_its_metric(nlp, sentence, value, metric):
    result = results_by_value(facts_of(nlp, sentence))[value]
    assert (result.metric, result.rule) == (metric, "result:symbol")


def test_results_a_letter_before_equals_is_still_math(nlp):
    facts = facts_of(nlp, "We set x = 0.5 and y = 0.25 in all runs and reach 71.2% accuracy.")
    assert [r.value for r in facts.results] == [71.2]


def test_results_a_named_metric_owns_its_symbol(nlp):
    facts = facts_of(nlp, "Automatic evaluation shows high correlations (Pearson's r = 0.94 and 0.95).")
    assert {r.rule for r in facts.results} & {"result:symbol"} == set()


@pytest.mark.parametrize("sentence, not_values", [
    ("It raises the DSC to 0.93 significantly (p$&lt;$0.001).", {0.001}),  # a p-value in LaTeX
    ("The gain is significant (p < 5%) at 71.2% accuracy.", {5.0}),  # a variable's bound
    ("It cuts the reprojection error to 1.27 plus-minus 0.54 pixels.", {0.54}),  # a spread
    ("The texts differ by 15.6 years on average (&gt; 75% accuracy).", {15.6}),  # a duration
    # tune sets 3 to 7: a chance level, an input size after a frame rate, a physical quantity, a split,
    # the bounds of confidence intervals in parentheses
    ("An average precision of 0.39 (chance = 0.26) and an AUROC of 0.68 was achieved.", {0.26}),
    ("It runs fast (NVIDIA TITAN Xp: 131.45 FPS at 640480; NVIDIA TX2: 136.99 FPS at 160120).", {640480, 160120}),
    ("We develop a three-dimensional dynamic model of a 1.5 gram quadrupedal microrobot.", {1.5}),
    ("We obtain 85.8% accuracy on the validation set based on 80%:20% random split.", {80.0, 20.0}),
    ("It raises accuracy from 80.00% to 84.50% (with 95% confidence intervals 76.00%--83.75% and 81.00%--88.00%).",
     {76.0, 83.75, 81.0, 88.0}),
    ("On the spam dataset, with $1\\%$ corruptions, we achieved $3\\%$ error.", {1.0}),  # a setup's share
])
def test_results_p_values_spreads_and_durations_are_none(nlp, sentence, not_values):
    assert not {r.value for r in facts_of(nlp, sentence).results} & not_values


def test_results_a_value_over_the_previous_one_has_it_as_previous(nlp):
    # tune6: "an F1-score of 87.6% over the previous 62.4%": one result, 62.4 its previous value
    facts = facts_of(nlp, "Our method reaches an F1-score of 87.6% over the previous 62.4% (p-value&lt;0.01).")
    assert [(r.metric, r.value, r.previous) for r in facts.results] == [("F1", 87.6, 62.4)]


def test_results_a_gain_in_terms_of_a_metric_and_its_baseline(nlp):
    # corpus (judged): the gain measures WER; the baseline's 80.28% is no result and no previous gain;
    # a long form defines an acronym, and the acronym names the result (tune5: "(min-t-DCF)")
    facts = facts_of(nlp, "We achieve a 10% absolute improvement in terms of word error rate (WER) over the "
                          "previous baseline of 80.28% on the development set.")
    assert [(r.metric, r.value, r.previous) for r in facts.results] == [("WER", 10.0, None)]
    facts = facts_of(nlp, "The best system outperforms the baselines with a relative improvement of 67.48% and "
                          "40.04% for both logical and physical access in terms of minimum tandem cost detection "
                          "function (min-t-DCF), respectively.")
    assert [(r.metric, r.value) for r in facts.results] == [("min-t-DCF", 67.48), ("min-t-DCF", 40.04)]
    # the paper's acronym names the metric; the lexicon's name is an alias and keeps the merge key
    assert [(m.name, m.key, "t-DCF" in m.aliases) for m in facts.metrics] == [
        ("min-t-DCF", entity_key("metrics", "t-DCF"), True)]


def test_results_an_ordinal_before_best_is_a_rank(nlp):
    # corpus (judged): "we achieved the 2nd best perceptual quality ..., 5th best for ..."
    facts = facts_of(nlp, "In the PIRM challenge we achieved the 2nd best perceptual quality for average "
                          "RMSE&lt;=16 and 5th best for RMSE&lt;=12.5.")
    assert [(r.metric, r.raw) for r in facts.results] == [("rank", "2nd"), ("rank", "5th")]


@pytest.mark.parametrize("sentence, value", [
    # corpus: "about" in LaTeX before a share, and a bound in LaTeX
    (r"It improves accuracy to $\sim90\%$ on adversarial examples.", 90.0),
    (r"It achieves $&gt;$93\% success rate using few queries.", 93.0),
])
def test_results_about_and_bounds_in_latex_are_values(nlp, sentence, value):
    assert value in {r.value for r in facts_of(nlp, sentence).results}


def test_results_a_latex_factor_bound_is_still_math(nlp):
    assert not facts_of(nlp, r"Its solution is within a $1-1/e \approx 63\%$ factor of the optimum.").results


@pytest.mark.parametrize("sentence", [
    # review: hyperparameters written with a statistic's letter are no correlations
    "LoRA uses rank r = 16 and trains fast.",
    "We train with SAM (rho = 0.05) for 90 epochs.",
])
def test_results_a_hyperparameters_symbol_is_no_result(nlp, sentence):
    assert not facts_of(nlp, sentence).results


def test_results_a_gain_over_the_previous_best_has_no_previous(nlp):
    facts = facts_of(nlp, "It improves accuracy by 2.1% over the previous best of 90.3%.")
    assert [(r.value, r.previous) for r in facts.results] == [(2.1, None)]


def test_results_best_in_a_compound_is_no_rank(nlp):
    assert not facts_of(nlp, "It is the 3rd best-selling product.").results


def test_results_the_same_dataset_is_the_one_named_before(nlp):
    # tune7: "using the same dataset" in a sentence that names none
    facts = facts_of(nlp, "The CNN-SVM model achieved a test accuracy of ~99.04% using the MNIST dataset. On the "
                          "other hand, the CNN-Softmax achieved a test accuracy of ~99.23% using the same dataset. "
                          "Both models were also tested on the Fashion-MNIST dataset.")
    assert [(r.raw, r.dataset) for r in facts.results] == [("99.04%", "MNIST"), ("99.23%", "MNIST")]


@pytest.mark.parametrize("sentence, raws", [
    # corpus 1906.06423 and review: a metric before a colon, a frame rate's accuracy, parentheses
    # that name no interval: all results ("80%:20%" above is a split)
    ("We obtain a test top-1 accuracy of 83.7% (top-5: 96.8%) (single-crop).", ["83.7%", "96.8%"]),
    ("Our model obtains a top-1 accuracy of 83.7% (top 5: 96.8%) on ImageNet.", ["83.7%", "96.8%"]),
    ("The retrieval model reaches R@1: 62.1% on Flickr30K.", ["62.1%"]),
    ("We report results per task (Task 1: 85.3% accuracy; Task 2: 78.1% accuracy).", ["85.3%", "78.1%"]),
    ("Our detector runs at 40 FPS at 80.1% mAP on PASCAL VOC.", ["40 FPS", "80.1%"]),
    ("The detector achieves a precision of 95.1% (at a high confidence threshold, recall is 80.2%).",
     ["95.1%", "80.2%"]),
    ("It reaches an accuracy of 85.2% on motor imagery data (BCI Competition IV 2a: 78.5% accuracy).",
     ["85.2%", "78.5%"]),
    ("Our tagger labels the corpus with 97.3% agreement with human annotators.", ["97.3%"]),
])
def test_results_a_colon_or_parentheses_keep_their_results(nlp, sentence, raws):
    assert [r.raw for r in facts_of(nlp, sentence).results] == raws


@pytest.mark.parametrize("sentence, raw, metric", [
    # review: training time only when "train" leads to the number in its clause
    ("The model trains in 2 hours and labels a new video in 3 minutes.", "3 minutes", "runtime"),
    ("Our training-free method generates a video in 2 minutes on one GPU.", "2 minutes", "runtime"),
    ("Our pretraining takes 20 hours.", "20 hours", "training time"),
    # review: operations per second and per watt
    ("The chip reaches 3.4 GOPS/s/W at 0.6 V.", "3.4 GOPS/s/W", "energy efficiency"),
    ("The accelerator achieves 1.2 TOPs on AlexNet.", "1.2 TOPs", "throughput"),
])
def test_results_durations_and_operation_rates_by_context(nlp, sentence, raw, metric):
    assert {r.raw: r.metric for r in facts_of(nlp, sentence).results}[raw] == metric


def test_results_a_setup_share_after_with_is_no_result(nlp):
    # review: "with only $5\%$ labels", "using 10% labeled data" set up the experiment
    facts = facts_of(nlp, "With only $5\\%$ labels, our model reaches $91.2\\%$ accuracy. Using 10% labeled data, "
                          "it reaches 95.0% accuracy.")
    assert [r.value for r in facts.results] == [91.2, 95.0]


def test_results_the_same_dataset_only_after_a_sentence_that_names_it(nlp):
    # review: "the same dataset" after a sentence about a new unnamed dataset is that one
    facts = facts_of(nlp, "Prior work reports 70.1% accuracy on CIFAR-10 and 60.2% accuracy on SVHN. We introduce a "
                          "new street-sign dataset. A CNN trained and tested on the same dataset reaches 85.2% accuracy.")
    assert results_by_value(facts)[85.2].dataset is None


def test_results_take_the_dataset_the_sentence_before_evaluates_on(nlp):
    # corpus 1907.09815 and 1908.05338: a sentence with no dataset reports on the one dataset the
    # number-free sentence before it evaluates on
    facts = facts_of(nlp, "Experimental results on the GQA v1.1 dataset demonstrate the reasoning ability of our "
                          "method. We achieve state-of-the-art performance, boosting accuracy to 57.04%.")
    assert [(r.raw, r.dataset) for r in facts.results] == [("57.04%", "GQA v1.1")]
    # corpus 1907.01642: a dataset the system draws data from is not the one a user study reports on
    facts = facts_of(nlp, "We evaluate it on the MATH dataset. Moreover, the system loads numeric values for "
                          "constants from Wikidata. In a user study, our system outperformed a commercial engine by "
                          "13%.")
    assert [(r.raw, r.dataset) for r in facts.results] == [("13%", None)]
    # (two datasets before: no single one to take)
    facts = facts_of(nlp, "We evaluate on the CIFAR-10 and SVHN datasets. Our model reaches an accuracy of 95.1%.")
    assert [(r.raw, r.dataset) for r in facts.results] == [("95.1%", None)]


@pytest.mark.parametrize("text, raw, method", [
    # corpus 1901.05305 and 1907.07174: the method a clause's verb reports for owns its number, though
    # the paper proposes another
    ("We propose SeizNet, a seizure detector. Using full channel data, BPsvm yields a sensitivity of 86.6\\% "
     "while SeizNet yields overall sensitivity of 95.8\\%.", "86.6\\%", "BPsvm"),
    ("We propose SeizNet, a seizure detector. Using full channel data, BPsvm yields a sensitivity of 86.6\\% "
     "while SeizNet yields overall sensitivity of 95.8\\%.", "95.8\\%", "SeizNet"),
    ("We introduce ImageNet-A, a dataset. For example, on ImageNet-A a DenseNet-121 obtains around 2% accuracy.",
     "2%", "DenseNet"),
    # (not the proposed method's own backbone, tune8)
    ("We propose HishabNet for Bengali digits. The backbone CNN achieved a test set accuracy of 99.6% on "
     "NumtaDB.", "99.6%", "HishabNet"),
])
def test_results_the_method_a_clause_reports_for(nlp, text, raw, method):
    assert {r.raw: r.method for r in facts_of(nlp, text).results}[raw] == method


@pytest.mark.parametrize("text, expected", [
    # review of session 12: the proposed method's clause keeps its number though it names another
    ("We propose FooNet. FooNet with ResNet-50 achieves 80.1% top-1 accuracy on ImageNet.", [("80.1%", "FooNet")]),
    ("We propose FooNet. Applying FooNet to BERT achieves 91.2% accuracy on SST-2.", [("91.2%", "FooNet")]),
])
def test_results_a_method_the_proposed_one_uses_owns_no_number(nlp, text, expected):
    assert [(r.raw, r.method) for r in facts_of(nlp, text).results] == expected


@pytest.mark.parametrize("sentence, expected", [
    # review: a digit inside a later slashed metric; three metrics; a second run joined by "and"
    ("It reaches mAP/Rank-1 accuracy of 80.1%/92.3% on Market-1501.", [("mAP", 80.1), ("Rank-1 accuracy", 92.3)]),
    ("It achieves ROUGE-1/ROUGE-2/ROUGE-L of 44.2/21.3/41.0 on CNN/DailyMail.",
     [("ROUGE-1", 44.2), ("ROUGE-2", 21.3), ("ROUGE-L", 41.0)]),
    ("It achieves PSNR/SSIM of 32.10/0.912 and 28.50/0.851 on Set5 and Set14.",
     [("PSNR", 32.1), ("SSIM", 0.912), ("PSNR", 28.5), ("SSIM", 0.851)]),
])
def test_results_slashed_metrics_review(nlp, sentence, expected):
    assert metric_values(facts_of(nlp, sentence)) == expected


def test_results_a_relative_clause_is_no_scope_of_a_measure(nlp):
    # review: "the error for images that are 50% occluded" reports no error of 50%
    facts = facts_of(nlp, "Our method reduces the error for images that are 50% occluded.")
    assert "error" not in {r.metric for r in facts.results}


@pytest.mark.parametrize("text", [
    # review: a sentence that moves to another setting does not report on the dataset evaluated before
    "Prior work used MNIST. We evaluate our approach on the KITTI dataset. In a separate user study with 20 "
    "participants, 85% of users preferred our system.",
    "Prior work used MNIST. Our experiments on CIFAR-10 show the benefits. We also apply it to medical images, where "
    "it reaches an AUC of 0.91.",
    "Prior work used MNIST. We test the method on SQuAD. We then deploy the model in production, where latency "
    "drops by 30%.",
])
def test_results_a_new_setting_takes_no_dataset_from_the_sentence_before(nlp, text):
    assert [r.dataset for r in facts_of(nlp, text).results] == [None]


@pytest.mark.parametrize("sentence, expected", [
    # 1904.10626, 1805.08801, 1907.08915 (corpus): a value's spread stands between it and its metric
    ("HIENet achieved a 76.91 $\\pm$ 1.17% (mean $\\pm$ s. d.) classification accuracy for four classes.",
     [("accuracy", 76.91)]),
    ("HIENet achieved an AUC of 0.9579 $\\pm$ 0.0103 with an 81.04 $\\pm$ 3.87% sensitivity and 94.78 $\\pm$ 0.87% "
     "specificity in a binary classification task.", [("AUC", 0.9579), ("sensitivity", 81.04), ("specificity", 94.78)]),
    ("We report the Dice coefficient (DC) and the average surface distance (ASD). The atlas method resulted in "
     "0.845 +/- 0.031 DC and 1.556 +/- 0.444 mm ASD.", [("DC", 0.845), ("ASD", 1.556)]),
])
def test_results_metric_after_a_spread(nlp, sentence, expected):
    assert metric_values(facts_of(nlp, sentence)) == expected


def test_results_respectively_across_spreads_pairs_methods(nlp):
    # 1902.00536 (corpus): "92.4 $\pm$ 13.5 HU and 100.7 $\pm$ 14.6 HU, respectively"
    facts = facts_of(nlp, "The MAE for the Pix2Pix and Cycle GAN models were 92.4 $\\pm$ 13.5 HU and 100.7 $\\pm$ "
                          "14.6 HU, respectively.")
    # (a method the abstract never names by the lexicon's name is written as the abstract writes it)
    assert [(r.metric, r.value, r.method) for r in facts.results] == [("MAE", 92.4, "pix2pix"), ("MAE", 100.7, "Cycle GAN")]
    assert facts.results[1].method_key == "cyclegan"


@pytest.mark.parametrize("sentence, expected", [
    # 1908.11536, 1906.04016 (corpus): "A vs B metric" names the metric after the value compared with
    ("The R-SAT outperforms baselines by about 32% (0.82 vs 0.62 F-score).",
     [("F-score improvement", 32.0, None), ("F-score", 0.82, 0.62)]),
    ("Our warping mechanism is much more compact (6M vs 39M parameters).", [("parameters", 6.0, 39.0)]),
])
def test_results_versus_then_metric(nlp, sentence, expected):
    assert [(r.metric, r.value, r.previous) for r in facts_of(nlp, sentence).results] == expected


def test_results_a_metric_right_after_the_value_wins_over_the_one_after_its_baseline(nlp):
    # 1907.06627 (corpus)
    facts = facts_of(nlp, "Our ResNet34 gated network achieves a performance of 72.55% top-1 accuracy compared to "
                          "the 69.76% accuracy of the baseline ResNet18 model.")
    assert [(r.metric, r.value, r.previous) for r in facts.results] == [("top-1 accuracy", 72.55, 69.76)]


@pytest.mark.parametrize("sentence, expected", [
    # 1907.12927, 1908.01288 (corpus): the metrics listed after the numbers, "respectively"
    ("Our framework achieves 93.2%, 93.2% and 97.8% on accuracy, F1 score and AUC, respectively.",
     [("accuracy", 93.2), ("F1", 93.2), ("AUC", 97.8)]),
    ("The ensemble yields up to 0.94, 0.92, 0.80 for AUPR, F1-score, and MCC, respectively.",
     [("AUPR", 0.94), ("F1", 0.92), ("MCC", 0.8)]),
])
def test_results_respectively_with_the_metrics_after_the_numbers(nlp, sentence, expected):
    assert metric_values(facts_of(nlp, sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # tune3 1903.10554, 1907.02040 (corpus), a tune sentence written with decimal commas: "precision and recall" in prose is
    # two metrics, not the generative models' Precision and Recall
    ("The accuracy, precision and recall were obtained as 94,00%, 73,20%, and 85,50%, respectively.",
     [("accuracy", "94,00%"), ("precision", "73,20%"), ("recall", "85,50%")]),
    ("Initial results achieve peak precision and recall values of approximately 80%.",
     [("precision", "80%"), ("recall", "80%")]),
    # 1904.09085 (corpus): as many metrics after a comparative as numbers before it pair in order
    ("Experiments show the proposed features significantly improve label quality with 23.6% and 2.2% higher "
     "instance-level precision and recall, and 2.0% higher bounding box IoU.",
     [("instance-level precision", "23.6%"), ("recall", "2.2%"), ("bounding box IoU", "2.0%")]),
])
def test_results_precision_and_recall_are_two_metrics(nlp, sentence, expected):
    facts = facts_of(nlp, sentence)
    assert sorted((r.metric, r.raw) for r in facts.results) == sorted(expected)
    assert "Precision and Recall" not in [m.name for m in facts.metrics]


@pytest.mark.parametrize("sentence, expected", [
    # 1908.05621, 1904.10622 (corpus), tune2 05ff68af7a: correlation coefficients are metrics, "near" a filler
    ("An intraclass correlation coefficient of 0.83 was reached between the automatically estimated GA area and "
     "the graders' consensus measures.", [("intraclass correlation coefficient", "0.83")]),
    ("Linear regression reveals that a subset of language features can effectively model the SSPA, with a "
     "correlation coefficient of 0.75.", [("correlation coefficient", "0.75")]),
    ("Scaling up VAR models exhibits clear power-law scaling laws, with linear correlation coefficients near "
     "-0.998 as solid evidence.", [("linear correlation coefficient", "-0.998")]),
])
def test_results_correlation_coefficients(nlp, sentence, expected):
    facts = facts_of(nlp, sentence)
    assert [(r.metric, r.raw) for r in facts.results] == expected
    assert [m.name for m in facts.metrics] == [expected[0][0]]  # the lexicon's entity, not only a phrase


@pytest.mark.parametrize("sentence, expected", [
    # 1902.06362, 1904.05022, 1812.04922 (corpus): a duration a time measure is ("runtime of", "time is") or
    # that something took "at most" is a result
    ("The proposed method can segment lung lobes in one forward pass of the network, with an average runtime of 2 "
     "seconds using 1 Nvidia Titan XP GPU.", [("runtime", "2 seconds")]),
    ("We test our system on the challenging Cityscapes dataset with an mIoU of about 69.1 % and runtime of 0.0147 "
     "second per image on a single GTX 1080Ti.", [("mIoU", "69.1 %"), ("runtime", "0.0147 second")]),
    ("The average inference time is 2.2 s.", [("inference time", "2.2 s")]),
    ("Training a network took at most 28.6 h.", [("training time", "28.6 h")]),
    # 1908.06381, 1908.11536 (corpus): how long an experiment or the data lasts is no result
    ("The functionality of the complete system is demonstrated through one outdoor experiment with a duration of "
     "4 hours.", []),
    ("Our model can infer relations over the entire conversation, spanning an average duration of 10 minutes.", []),
])
def test_results_durations_a_time_measure_names(nlp, sentence, expected):
    assert [(r.metric, r.raw) for r in facts_of(nlp, sentence).results] == expected


def test_lexicon_capitalised_precision_and_recall_is_the_generative_metric(nlp):
    facts = facts_of(nlp, "We evaluate samples with FID and Improved Precision and Recall.")
    assert [m.name for m in facts.metrics] == ["FID", "Precision and Recall"]


@pytest.mark.parametrize("sentence, expected", [
    # 1903.04688, 1905.07898 (corpus): the metric is the subject of "boosts/is improved from A to B"
    ("Our method improves a student network (mIOU boosts from 70.2 to 72.7 on the cityscapes test set).",
     [("mIoU", 72.7, 70.2)]),
    ("On the Drink35 dataset, the mAP@0.5 is improved from 14.16% to 53.73%.", [("mAP@0.5", 53.73, 14.16)]),
])
def test_results_metric_before_a_change_verb_and_from(nlp, sentence, expected):
    assert [(r.metric, r.value, r.previous) for r in facts_of(nlp, sentence).results] == expected


def test_results_a_metric_is_named_by_the_acronym_its_paper_defines(nlp):
    # tune9 1906.11484: "average symmetric surface distance (ASD)" is the lexicon's ASSD, named ASD here
    facts = facts_of(nlp, "We report the average symmetric surface distance (ASD). The average ASD of all muscles "
                          "improved from 1.17 mm to 1.10 mm.")
    assert [(r.metric, r.value, r.metric_key) for r in facts.results] == [("ASD", 1.1, entity_key("metrics", "ASSD"))]
    facts = facts_of(nlp, "We report the mean average precision (MAP) of 41.2 on the test set.")
    assert [m.name for m in facts.metrics] == ["mAP"]  # a case variant keeps the lexicon's name


@pytest.mark.parametrize("sentence, expected", [
    # corpus 1905.10218, 1908.10489: a list of baselines after "compared to" reports nothing
    ("Our result gives a mean Jaccard coefficient of 0.87, compared to mean scores of 0.85, 0.88 and 0.87 "
     "produced from three independent manual annotations.", [("Jaccard coefficient", 0.87, None)]),
    ("Our DALACE model outperformed CycleGAN, TD-GAN, and DADR with DSC of 0.847 compared to 0.721, 0.793 and 0.806.",
     [("DSC", 0.847, None)]),
    # tune9 1907.06319: the metric after the baselines is the number's
    ("Deep SHORE was more consistent across scanners with 0.63 relative to other multi-shell methods 0.39, 0.52 and "
     "0.57 in terms of ACC.", [("ACC", 0.63, None)]),
    # corpus 1904.11473: "A versus B and C versus D" goes on with a result
    ("The system reaches an exact-match F-measure of 91.1% versus 73% and 81.9% versus 75% respectively.",
     [("exact-match F-measure", 91.1, 73.0), ("exact-match F-measure", 81.9, 75.0)]),
    # corpus 1904.04978: a metric right after the value still wins
    ("We achieve 80.51% checkout accuracy compared with 56.68% of the baseline methods.",
     [("checkout accuracy", 80.51, 56.68)]),
])
def test_results_a_list_of_baselines_after_a_comparison(nlp, sentence, expected):
    assert [(r.metric, r.value, r.previous) for r in facts_of(nlp, sentence).results] == expected


@pytest.mark.parametrize("sentence, expected", [
    # corpus 1906.12314, 1905.10759, 1907.03423, 1907.04834: "N-fold" is a factor
    ("We report a 30-fold reduction in confidence interval over the best previous result.",
     [("confidence interval", "30-fold", "x")]),
    ("The kernel delivers a 10-fold increase in performance over full precision.", [("performance", "10-fold", "x")]),
    ("It provides up to an 80-fold speedup in policy evaluation.", [("speedup", "80-fold", "x")]),
    ("It offers a comparable accuracy while offering up to 3-fold speed up.", [("speed up", "3-fold", "x")]),
    # setups: cross-validation folds, an MRI acceleration (review: a metric before the fold, a modifier)
    ("We obtain 91% accuracy with 5-fold cross-validation.", [("accuracy", "91%", "%")]),
    ("We obtain 91% accuracy with 5-fold stratified cross-validation.", [("accuracy", "91%", "%")]),
    ("Our model reaches an accuracy of 90.2% under the 10-fold protocol.", [("accuracy", "90.2%", "%")]),
    ("The images were reconstructed for 4-fold and 6-fold acceleration factors.", []),
    ("Images were reconstructed at 4-fold acceleration with a PSNR of 38.2 dB.", [("PSNR", "38.2 dB", "dB")]),
])
def test_results_n_fold_is_a_factor(nlp, sentence, expected):
    assert [(r.metric, r.raw, r.unit) for r in facts_of(nlp, sentence).results] == expected


@pytest.mark.parametrize("sentence, expected", [
    # corpus 1901.09953, 1905.13667, 1810.00556, 1903.03029: a measure a passive change is said of
    ("The size of the generated images is increased by over 8.5 times.", [("size", "8.5 times")]),
    ("This allows the scan time to be reduced by 20x.", [("scan time", "20x")]),
    ("We show that by using TZC, the braking distance can be shortened by 16% than ROS.", [("braking distance", "16%")]),
    ("Distances are reduced by 5.88% to 41.27% on average.", [("distance", "5.88% to 41.27%")]),
    # no measure word, or a training schedule: no result (review)
    ("Our model is improved by 3% over the baseline.", []),
    ("We train FooNet with SGD and the learning rate is reduced by 10x every 30 epochs.", []),
    ("The batch size was increased by 2x when training on 8 GPUs.", []),
])
def test_results_a_passive_change_names_its_subject_measure(nlp, sentence, expected):
    assert [(r.metric, r.raw) for r in facts_of(nlp, sentence).results] == expected


@pytest.mark.parametrize("sentence, expected", [
    # tune9 1908.00707, 1908.06931; corpus 1905.07953: another system's score is a previous value
    ("For example, our new record on THUMOS14 is 46.9% while the previous best is 42.8% under mAP@0.5.",
     [("mAP@0.5", 46.9, 42.8)]),
    ("Our system reaches a lemmatization accuracy 95.78 (second best was 95.00, third 94.46).",
     [("lemmatization accuracy", 95.78, 95.0)]),
    ("Our morphological analysis accuracy was 93.19, the winning system's 93.23.", [("accuracy", 93.19, 93.23)]),
    # a margin over the previous best is a result
    ("We obtain 38.5 BLEU on WMT'16 Romanian-English, outperforming the previous best approach by more than 4 BLEU.",
     [("BLEU", 38.5, None), ("BLEU", 4.0, None)]),
])
def test_results_the_best_of_other_systems_is_a_previous_value(nlp, sentence, expected):
    assert [(r.metric, r.value, r.previous) for r in facts_of(nlp, sentence).results] == expected


@pytest.mark.parametrize("sentence, expected", [
    # review of session 13: a function word after a spread is no unit; the metric before the value wins
    ("The proposed method achieved a Dice of 0.85 ± 0.03 and HD95 of 4.2 ± 1.1 mm.", [("Dice", 0.85), ("HD95", 4.2)]),
    # (the "IoU 0.5" threshold after "at" sets the point AP is measured at: no result)
    ("FooNet reaches an AP of 45.1 ± 0.3 at IoU 0.5 on the validation set.", [("AP", 45.1)]),
    # our own runner-up or second-best score stays a result; a margin after "a large margin of" too
    ("With only 5M parameters, our team was the runner-up with an F1 score of 0.873 in the shared task.",
     [("parameters", 5.0), ("F1", 0.873)]),
    ("FooNet achieves 45.3 mAP, outperforming the previous best by a large margin of 2.1 mAP.",
     [("mAP", 45.3), ("mAP", 2.1)]),
    # a number with its own scope after one baseline is a result; "against" ends a list like "versus"
    ("FooNet obtains a BLEU of 30.1 on En-De compared to 28.4, and 31.5 on En-Fr.", [("BLEU", 30.1), ("BLEU", 31.5)]),
    ("FooNet reaches AUCs of 0.93 against 0.81 and 0.90 against 0.78 on the two cohorts.",
     [("AUC", 0.93), ("AUC", 0.9)]),
])
def test_results_review_of_the_new_list_and_baseline_rules(nlp, sentence, expected):
    assert metric_values(facts_of(nlp, sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # tune10 (1905.07529), corpus 1811.08634: a LaTeX "$\times$" is the factor's unit
    ("On ImageNet, our model achieves 75.2\\% top-1 accuracy under MobileNet settings, while being "
     "1.2$\\times$ faster with measured GPU latency.", [("top-1 accuracy", 75.2), ("speed", 1.2)]),
    ("DiracDeltaNet achieves competitive accuracy on ImageNet, but with 42$\\times$ fewer parameters than VGG16.",
     [("parameters", 42.0)]),
    # tune10 (1903.09900): the mean and spread of runs stand between a value and its measure
    ("Our best single model run has 1.93% (1.98+/-0.07) validation error on CIFAR-10.",
     [("validation error", 1.93)]),
    # tune10 (1906.04571): "at the level of tags" is no measure; the list's metric is
    ("For Spanish and Hebrew, our approach achieves F1 scores of 82% and 73% at the level of tags and "
     "accuracies of 90% and 87% at the level of forms.",
     [("F1", 82.0), ("F1", 73.0), ("accuracy", 90.0), ("accuracy", 87.0)]),
    # tune10 (1907.09180): "Jaccard" alone is the Jaccard similarity
    ("The best results achieved are 72.59% recall, 80% precision, 70.42% dice, and 61.24% Jaccard.",
     [("recall", 72.59), ("precision", 80.0), ("Dice", 70.42), ("Jaccard", 61.24)]),
    # tune10 (1903.02358): a factor a network is compressed by is its compression rate
    ("The proposed algorithm compresses the network about 8 times on CIFAR-10 dataset.", [("compression rate", 8.0)]),
    # corpus 1811.10798: a method after "larger" is no measure
    ("Our network surpasses the performance of the 2.35$\\times$ larger ResNet-152 on ImageNet.", []),
    # corpus 1907.00511: "recall of $88.23\\%$" is the recall's, though a list with "86.36% accuracy" follows
    ("The experiments on this method show a precision of $88.23\\%$, recall of $88.23\\%$ and $86.36\\%$ accuracy "
     "for over 22 flight tests.", [("precision", 88.23), ("recall", 88.23), ("accuracy", 86.36)]),
    # corpus 1904.08655 (the sentence's first clause): each metric its number, respectively
    ("Trained on the dataset alone, we report a Dice and Jaccard coefficient of $0.45 \\pm 0.09$ and $0.30 \\pm "
     "0.07$ respectively.", [("Dice", 0.45), ("Jaccard coefficient", 0.3)]),
    # corpus 1908.09215, 1905.00198: the words after a number end at a preposition or a conjunction
    ("The evaluation showed above 99% similarity in terms of multi-scale structural similarity (MS-SSIM).",
     [("similarity", 99.0)]),
    ("We showed that our system achieves up to $18\\%$ performance gain when compared to standard MCQ solvers.",
     [("performance gain", 18.0)]),
    # corpus 1908.02588, 1904.09108, 1902.04378: a version, a count of words, a bare participle name no measure
    ("In addition, we integrate our framework with the extended Social Media Analytics and Reporting Toolkit "
     "(SMART) 2.0 system, allowing the use of our interactive learning framework.", []),
    ("From MA, we examined papers of 2012, 2014 e 2015, with 215.776 words (tokens), all with the new spelling.", []),
    ("This opens new lines of investigation on two networks whose weights are over 99.9% correlated, yet produce "
     "utterly different outcomes.", []),
])
def test_results_latex_factors_run_spreads_and_plain_measures(nlp, sentence, expected):
    assert metric_values(facts_of(nlp, sentence)) == expected


@pytest.mark.parametrize("sentence, datasets", [
    # tune10 (1906.02437), corpus 1811.07130: a metric's digits ("F1", "Recall-1") are no number
    # between a value and its dataset
    ("Our GCDT achieves 91.96 F1 on the CoNLL03 NER task and 95.43 F1 on the CoNLL2000 Chunking task.",
     ["CoNLL03", "CoNLL2000"]),
    ("For instance, we achieve 76.4% Rank-1 accuracy on the CUHK03-Detect dataset and 83.0% Recall-1 score "
     "on the Stanford Online Products dataset.", ["CUHK03-Detect", "Stanford Online Products"]),
    # a gain on each dataset of a list whose names hold digits
    ("We obtain a 20.2% relative improvement on CIFAR-10, 20.9% on CIFAR-100 and 15.1% on SVHN.",
     ["CIFAR-10", "CIFAR-100", "SVHN"]),
])
def test_results_a_dataset_after_a_metric_with_digits(nlp, sentence, datasets):
    assert [r.dataset for r in facts_of(nlp, sentence).results] == datasets


@pytest.mark.parametrize("abstract, expected", [
    # tune10 (1903.09240), corpus 1810.09774: the opening sentences before the paper speaks of itself tell
    # the background; their numbers are no results of the paper
    ("Glioma constitutes 80% of malignant primary brain tumors and is usually classified as HGG and LGG. "
     "We propose a ConvNet that reaches a testing accuracy of 95% on the grading problem.", [("accuracy", 95.0)]),
    ("Neural network models have been very successful in natural language inference, with the best models "
     "reaching 90% accuracy in some benchmarks. We show that they fail on simple lexical inferences.", []),
    # corpus 1908.01593: a passive abstract reports its experiments from "were trained" on
    ("H&E staining is slow. Conditional GANs that convert nonstained images to stained ones were then trained. "
     "High similarities with SSIM 0.902 were calculated.", [("SSIM", 0.902)]),
    # corpus 1906.01272: a structured abstract's "Results:" section is the paper's own
    ("Objectives: To evaluate the performance of a software for detection of glaucoma. Results: Pegasus was able to detect glaucomatous optic "
     "neuropathy with an accuracy of 83.4%.", [("accuracy", 83.4)]),
])
def test_results_the_background_before_the_paper_speaks_of_itself(nlp, abstract, expected):
    assert metric_values(facts_of(nlp, abstract)) == expected


def test_results_a_margin_in_no_named_metric_is_in_the_metric_of_the_sentence_before(nlp):
    # corpus 1903.06249, tune9 (1903.12473): the margin is
    # in the one metric the sentence before reports
    facts = facts_of(nlp, "Our method reaches an F-measure of 0.82 on the ECSSD dataset. "
                          "It outperforms state-of-art algorithms by 6.6%.")
    assert [(r.metric, r.value) for r in facts.results] == [("F-measure", 0.82), ("F-measure improvement", 6.6)]


def test_results_respectively_over_methods_listed_with_articles(nlp):
    # a list of methods may repeat its article ("The SVM and the CNN ... respectively")
    facts = facts_of(nlp, "The SVM and the CNN achieved accuracies of 88.7% and 91.2%, respectively.")
    assert [(r.method, r.value) for r in facts.results] == [("SVM", 88.7), ("CNN", 91.2)]


def test_results_a_gain_after_a_comparison_is_no_previous_value(nlp):
    # tune8 (1905.04247): "2% more accurate" is a gain of its own, not the baseline's value of 69%
    facts = facts_of(nlp, "The suggested method has classified the images with the accuracy of 78% and the AUC of "
                          "69%, which, as compared to the previous methods, is 2% more accurate and 6% better AUC.")
    assert [(r.metric, r.value, r.previous) for r in facts.results] == [
        ("accuracy", 78.0, None), ("AUC", 69.0, None), ("accuracy", 2.0, None), ("AUC", 6.0, None)]
    # corpus 1810.10039: but a gain compared with another gain keeps it as its previous value
    facts = facts_of(nlp, "DeepLSR reduces laser speckle noise by 6.4 dB, compared to a 2.9 dB reduction from "
                          "optimized non-local means processing.")
    assert [(r.value, r.previous) for r in facts.results] == [(6.4, 2.9)]


@pytest.mark.parametrize("sentence, expected", [
    # tune10 (1907.03961), corpus: what a method runs at is a result, what a video is captured at a setup
    ("Also, our proposed 3D MOT method runs at a rate of 214.7 FPS.", [("FPS", 214.7)]),
    ("Our tracker operates at a real-time speed of 26 FPS.", [("FPS", 26.0)]),
    ("Videos were captured at a frame rate of 30 fps.", []),
])
def test_results_a_frame_rate_a_method_runs_at(nlp, sentence, expected):
    assert metric_values(facts_of(nlp, sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # tune10 (1907.02124), corpus 1905.00136: a factor of compression or pruning is its rate
    ("It achieves 348x, 36x, and 8x overall weight pruning on LeNet-5, AlexNet, and ResNet-50.",
     [("pruning rate", 348.0), ("pruning rate", 36.0), ("pruning rate", 8.0)]),
    ("Some highlights show we achieve 232x compression on LeNet-5.", [("compression rate", 232.0)]),
    ("This yields a 13x compression rate.", [("compression rate", 13.0)]),
])
def test_results_a_factor_of_compression_or_pruning(nlp, sentence, expected):
    assert metric_values(facts_of(nlp, sentence)) == expected


def test_results_a_metric_named_earlier_in_the_sentence_as_written(nlp):
    # tune10 (1904.04100): the sentence's own wording of the metric, "phone error rate", not the
    # lexicon's "PER" (the merge key is the lexicon entity's)
    facts = facts_of(nlp, "The initial experiments on TIMIT achieve a phone error rate of 33.1%, which is 8.5% lower "
                          "than the previous state-of-the-art.")
    assert [(r.metric, r.value) for r in facts.results] == [("phone error rate", 33.1), ("phone error rate", 8.5)]
    assert len({r.metric_key for r in facts.results}) == 1


@pytest.mark.parametrize("sentence, expected", [
    # tune6 (1907.09296): the lexicon's "CNN" is never written; the result's method is the abstract's
    # "convolutional neural network" (in the singular), its key the lexicon entity's
    ("We train convolutional neural networks that reach average accuracies of 80.31%.",
     [("convolutional neural network", "cnn")]),
    # tune8 (1807.07501): the acronym the paper defines, not the long form the lexicon entity has
    ("We propose a noise adaptive speech enhancement system, which employs a domain adversarial training (DAT) "
     "approach. The DAT approach provides significant improvements in PESQ (19.0%).", [("DAT", "dann")]),
    # tune10 (1903.09240): the short name in the singular
    ("In this paper, we investigate the power of deep convolutional neural networks (ConvNets). The ConvNets "
     "obtain a testing accuracy of 95% for the low/high grade glioma classification problem.", [("ConvNet", "cnn")]),
])
def test_results_a_method_as_the_paper_writes_it(nlp, sentence, expected):
    assert [(r.method, r.method_key) for r in facts_of(nlp, sentence).results] == expected


def test_results_a_metric_of_a_kind_named_after_another(nlp):
    # tune10 (1901.07786): "ROUGE-L F1-score 24.84" is a ROUGE-L, not an F1
    facts = facts_of(nlp, "We achieved new state-of-the-art results on the New York Times Annotated corpus with "
                          "ROUGE-L F1-score 24.84 and ROUGE-2 F1-score 13.48.")
    assert metric_values(facts) == [("ROUGE-L", 24.84), ("ROUGE-2", 13.48)]


@pytest.mark.parametrize("sentence, expected", [
    # tune6 (1908.02270), corpus 1907.03141, 1904.11128: a margin's measure named after it, no lexicon metric
    ("Comyco also surpasses state-of-the-art approach Pensieve by 7.37% on average video quality under the same "
     "rebuffering time.", [("average video quality", 7.37)]),
    ("As an example, AutoSlim outperforms the prior work on automatic model compression by up to 33$\\times$ in "
     "pruning rate under the same accuracy.", [("pruning rate", 33.0)]),
    ("Meanwhile, CBHE outperforms the baseline algorithm by over 10% in building height estimation accuracy.",
     [("building height estimation accuracy", 10.0)]),
    # but a dataset is no measure
    ("Our model outperforms the baselines by 2.1% on CIFAR-10.", [("improvement", 2.1)]),
    # tune9 (1903.12473): of two metrics, the margin is in the one whose value outperforms
    ("Notably, on CTW1500, PSENet achieves a F-measure of 74.3% at 27 FPS, and our best F-measure (82.2%) "
     "outperforms state-of-art algorithms by 6.6%.",
     [("F-measure", 74.3), ("FPS", 27.0), ("F-measure", 82.2), ("F-measure improvement", 6.6)]),
])
def test_results_the_measure_of_a_margin(nlp, sentence, expected):
    assert metric_values(facts_of(nlp, sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # tune7 (1907.13590), tune3 (1906.03786), corpus 1904.00937: a baseline's value is the previous one
    ("Our method achieved Dice Similarity Coefficient (DSC) of 0.81, outperforming a CycleGAN-based method of 0.72.",
     [(0.81, 0.72)]),
    ("The BDNet has achieved a test accuracy of 99.65% (baseline was 99.40%) on test data of ISI Bengali "
     "handwritten numerals.", [(99.65, 99.4)]),
    ("Our findings yield an accuracy of 78.73%, surpassing the previously top scoring accuracy of 76.8%.",
     [(78.73, 76.8)]),
    # but a margin is the paper's own number
    ("We report an average Dice score of 84.97%, surpassing the prior art by a large margin of 3.27%.",
     [(84.97, None), (3.27, None)]),
    # tune6 (1903.03305): two baselines, each with its owner, are no result and no one previous value
    ("Across the four benchmark datasets our proposed approach achieves an average F1 score of 0.96, compared to "
     "0.78 for NetVLAD and 0.49 for SeqSLAM.", [(0.96, None)]),
])
def test_results_a_baseline_value_after_outperforming_or_in_parentheses(nlp, sentence, expected):
    assert [(r.value, r.previous) for r in facts_of(nlp, sentence).results] == expected


@pytest.mark.parametrize("sentence, expected", [
    # corpus 1905.00377, 1906.07347: a standard deviation is a spread, not a result
    ("RF leads to mean sensitivity of 64.90% (standard deviation, SD 2.90%) and mean specificity of 67.96% (SD 2.90%).",
     [("sensitivity", 64.9), ("specificity", 67.96)]),
    ("The proposed SRSCN obtained a Dice score of 0.758(std=0.227) for myocardial segmentation.", [("Dice", 0.758)]),
])
def test_results_a_standard_deviation_is_no_result(nlp, sentence, expected):
    assert metric_values(facts_of(nlp, sentence)) == expected


def test_results_not_the_method_of_a_relative_clause(nlp):
    # tune3 (1906.08305): SwiftNet owns the numbers, not GRAM inside the clause about it
    facts = facts_of(nlp, "We propose GRAM (GRAph propagation as Meta-knowledge) that adopts a fine-grained search "
                          "method. SwiftNet, which is a set of models discovered by GRAM, outperforms MobileNet-V2 by "
                          "2.15x higher accuracy density and 2.42x faster with similar accuracy.",
                     title="SwiftNet: Using Graph Propagation as Meta-knowledge to Search Highly Representative "
                           "Neural Architectures")
    assert [(r.value, r.method) for r in facts.results] == [(2.15, "SwiftNet"), (2.42, "SwiftNet")]


def test_results_our_method_is_the_title_method_not_a_part_named_before(nlp):
    # tune5 (1903.11816): "our method" after the proposed module owns the number as the title's method
    facts = facts_of(nlp, "We propose a novel joint upsampling module named Joint Pyramid Upsampling (JPU). By "
                          "replacing dilated convolutions with the proposed JPU module, our method achieves the "
                          "state-of-the-art performance in Pascal Context dataset (mIoU of 53.13%) and ADE20K "
                          "dataset (final score of 0.5584) while running 3 times faster.",
                     title="FastFCN: Rethinking Dilated Convolution in the Backbone for Semantic Segmentation")
    # (however far the number is from "our method")
    assert [(r.value, r.method) for r in facts.results] == [(53.13, "FastFCN"), (0.5584, "FastFCN"), (3.0, "FastFCN")]


@pytest.mark.parametrize("sentence, expected", [
    # tune7 (1907.09500): "lower in <a setting>" names where, the sentence's metric what
    ("For image inpainting, mean squared error of deepDR predictions are 20 times lower in globular cluster "
     "fields, 5 times lower in resolved galaxy fields.",
     [("mean squared error", 20.0), ("mean squared error", 5.0)]),
    # tune5 (1710.08864): a share of a dataset's images measures nothing the dataset names
    ("The attack perturbs 41.22% of the ImageNet (ILSVRC 2012) validation images.", []),
    # but a gain in a named measure stays
    ("This translated to a 5% gain in click-rate in our online production system.", [("click-rate", 5.0)]),
])
def test_results_a_setting_or_a_dataset_is_no_measure(nlp, sentence, expected):
    assert metric_values(facts_of(nlp, sentence)) == expected


@pytest.mark.parametrize("abstract, expected", [
    # review: upper-case labels of a structured abstract; a late word of the paper ("new avenues") no
    # longer makes the sentences before it background; "is present in" is no self-reference
    ("BACKGROUND: Glaucoma affects 3% of adults over 40. METHODS: A CNN was fine-tuned on 5000 fundus "
     "photographs. RESULTS: The CNN reached an AUC of 0.95 on the held-out set.", [("AUC", 0.95)]),
    ("A deep CNN trained on fundus photographs achieved an AUC of 0.95 on the held-out set. It detects "
     "early cases. It is fast. These results open new avenues for screening.", [("AUC", 0.95)]),
])
def test_results_background_needs_an_early_self_reference(nlp, abstract, expected):
    assert metric_values(facts_of(nlp, abstract)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # review: a factor "faster" is speed though the subject is compressed; a capture setting stays one
    ("The compressed network runs 3x faster on a mobile CPU than the original model.", [("speed", 3.0)]),
    ("All videos were processed at a frame rate of 25 fps.", []),
    # a margin in a measure named after it borrows no metric from the sentence before
    ("Our method reaches an accuracy of 92% on MNIST. It also outperforms the baseline by 30% in speed.",
     [("accuracy", 92.0), ("improvement", 30.0)]),
])
def test_results_review_of_the_factor_frame_rate_and_margin_rules(nlp, sentence, expected):
    assert metric_values(facts_of(nlp, sentence)) == expected


def test_results_a_hyphenated_word_after_a_baseline_is_no_gain(nlp):
    # review: "6.3% lower-bound estimates" is the baseline's value, "lower-bound" no gain
    facts = facts_of(nlp, "The error rate of 4.2%, compared with 6.3% lower-bound estimates, is good.")
    assert [(r.value, r.previous) for r in facts.results] == [(4.2, 6.3)]


def test_results_our_method_keeps_a_proposal_the_sentence_names(nlp):
    # review: "BarNet is our proposed model ..." owns its number, not the title's first name
    facts = facts_of(nlp, "We propose FooNet and BarNet. BarNet is our proposed model for phones; on ImageNet it "
                          "reaches 70.2% accuracy.", title="FooNet and BarNet: Models for Phones")
    assert [(r.value, r.method) for r in facts.results] == [(70.2, "BarNet")]


def test_results_a_written_method_name_loses_a_sentence_capital(nlp):
    facts = facts_of(nlp, "Support vector machines reach an accuracy of 91.2% on the task.")
    assert [r.method for r in facts.results] == ["support vector machine"]


def test_results_a_factor_before_a_dataset_name_measures_nothing(nlp):
    # corpus 1904.03845: "30 times larger the ImageNet" compares sizes; ImageNet is no measure
    sentence = ("The new benchmark contains $30k$ categories of persons, which is about $20$ times larger than "
                "CUHK03 ($1.5k$ categories), and $30$ times larger the ImageNet ($1k$ categories).")
    assert [(r.metric, r.raw) for r in facts_of(nlp, sentence).results] == []


@pytest.mark.parametrize("sentence, expected", [
    # corpus 1903.02827 (tune5 set): the margins in parentheses after "by a large margin"
    ("Experimental results indicate that the proposed method not only achieves significant improvement over our "
     "baseline models, but also outperforms state-of-the-art algorithms by a large margin (6.7%, 2.8%, 5.2% "
     "respectively) on Stanford Dogs 120, Caltech-UCSD Birds 2011-200 and Caltech 256.",
     [("6.7%", "improvement", None), ("2.8%", "improvement", None), ("5.2%", "improvement", None)]),
    # corpus 1904.06346: "by a large margin of N"
    ("We report an average Dice score of 84.97%, surpassing the prior art by a large margin of 3.27%.",
     [("84.97%", "Dice", None), ("3.27%", "Dice improvement", None)]),
    # corpus 1810.07052: "by more than N%"
    ("We show that SDNs can mitigate the wasteful effect of overthinking with confidence-based early exits, which "
     "reduce the average inference cost by more than 50% and preserve the accuracy.",
     [("50%", "average inference cost", None)]),
    # corpus 1908.05087 (tune3 set): a change in another clause is not the one the verb names
    ("This improvement is stronger for unseen noise types, where an about 0.2 points higher PESQ score on the "
     "enhanced speech is obtained, while also the output SNR is ahead by more than 0.5 dB.",
     [("0.2 points", "PESQ", None), ("0.5 dB", "SNR", None)]),
    ("On average, an at least 0.1 points higher PESQ score on the enhanced speech is obtained while also obtaining "
     "a higher SNR improvement by more than 0.5 dB, for seen noise types.",
     [("0.1 points", "PESQ", None), ("0.5 dB", "SNR", None)]),
])
def test_results_a_margin_and_its_measure(nlp, sentence, expected):
    assert [(r.raw, r.metric, r.previous) for r in facts_of(nlp, sentence).results] == expected


def test_results_a_gain_a_clause_provides(nlp):
    # corpus 1905.13736: the measure is the gain, not the words of the clause that provides it
    facts = facts_of(nlp, "On SVHN, adding the dataset's own extra training set with the labels removed provides "
                          "gains of 4 to 10 points, within 1 point of the gain from using the extra labels as well.")
    assert [(r.metric, r.raw) for r in facts.results][:1] == [("gains", "4 to 10 points")]


def test_results_a_baselines_values_after_a_margin_are_no_results(nlp):
    # corpus 1808.04660: "by a big margin (P@1 is 61.1 ...)" gives the baseline's values, not margins, each the
    # previous value of the result its metric names ("P@1 is 61.1": the "P@1 (precision) score of 83.3")
    facts = facts_of(nlp, "The experiment results show that our method yields a good result with a P@1 (precision) "
                          "score of 83.3 per cent, and a MAP (mean average precision) of 90.5 per cent, surpassing "
                          "the UMFS-WE baseline by a big margin (P@1 is 61.1 per cent and MAP is 76.3 per cent).")
    assert [(r.raw, r.unit, r.previous) for r in facts.results] == [("83.3 per cent", "%", 61.1),
                                                                   ("90.5 per cent", "%", 76.3)]


@pytest.mark.parametrize("sentence, expected", [
    # corpus 1811.02662 (the 30-result read of session 16): each gain has its own clause and baseline
    ("Our proposed approach achieves an average AUC gain of 75% compared to PCA, an average AUC gain of 65.5% "
     "compared to Spectral Embedding, and an average AUC gain of 43% compared to GCN.",
     [("75%", None), ("65.5%", None), ("43%", None)]),
    # corpus 1906.10876: a reduction, then the value it reaches
    ("Then, our proposed loss further reduced the WER by 6.6% relative to this strong baseline, achieving a WER of "
     "16.87%.", [("6.6%", None), ("16.87%", None)]),
    # corpus 1907.13590 (tune7 set): but a compared method's value after a comma is still the baseline
    ("Our method achieved Dice Similarity Coefficient (DSC) of 0.81, outperforming a CycleGAN-based method of 0.72.",
     [("0.81", 0.72)]),
])
def test_results_a_second_value_with_its_own_measure_is_no_baseline(nlp, sentence, expected):
    assert [(r.raw, r.previous) for r in facts_of(nlp, sentence).results] == expected


@pytest.mark.parametrize("sentence, expected", [
    # corpus 1904.12733: "96 % of the 271 pairs" measures nothing the sentence names
    ("Our method successfully registers 96 % of the 271 pairs in a Public Health dataset acquired mostly with "
     "different cameras.", []),
    # corpus 1808.01625: "reduces it only by" names no measure for its number
    ("We reduce the gap by 64.2% whereas the current state-of-the-art reduces it only by 57.5%.", [("gap", 64.2)]),
    # corpus 1811.11387: "boosted up by": the particle is no measure, the subject is
    ("With the self-supervised pre-trained 3DRotNet from large datasets, the recognition accuracy is boosted up by "
     "20.4% on UCF101 and 16.7% on HMDB51 respectively, compared to the models trained from scratch.",
     [("recognition accuracy", 20.4), ("recognition accuracy", 16.7)]),
    # corpus 1806.04599 (tune7): "mine" is a stop word of spaCy's but names a thing here
    ("Our experiments with real data from L-band GPR show that online DL methods reduce learning time by 36-93% and "
     "increase mine detection by 4-28% over K-SVD.", [("learning time", 36.0), ("mine detection", 4.0)]),
])
def test_results_a_measure_phrase_that_opens_with_a_function_word_is_none(nlp, sentence, expected):
    assert metric_values(facts_of(nlp, sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # corpus 1903.03349, 1902.03771: the number after "at" sets the point the result is measured at
    ("Improvements with respect to Xpert are most apparent at high sensitivity levels with a specificity of 76% "
     "obtained at 90% sensitivity.", [("specificity", 76.0)]),
    ("Experiments on our newly collected large scale dataset demonstrate the effectiveness of the proposed method, "
     "achieving an accuracy with 97.52% true positive rate at 1% false positive rate, tested on 100K pornographic "
     "images and 100K normal images.", [("true positive rate", 97.52)]),
    # corpus 1907.09500, 1902.08123, 1904.07073: the point metric may be named before its number, after "at" or
    # "for", and a threshold sets the point too
    ("We demonstrate that at a reasonable false positive rate of 0.5%, deepCR achieves close to 100% detection rates "
     "in both extragalactic and globular cluster fields.", [("detection rate", 100.0)]),
    ("The proposed fusion approach leads to an EER of 0.22% and a FRR of just 0.62% for FAR=0.01%.",
     [("EER", 0.22), ("FRR", 0.62)]),
    ("Our detector yields the highest mean average precision (mAP at 5% threshold) of 49.0.", [("mAP", 49.0)]),
    # corpus 1711.09594: a speed after "at" is a result
    ("It has an order of magnitude smaller memory footprint than its best-performing competitors and runs at 15fps "
     "in a single CPU thread.", [("FPS", 15.0)]),
])
def test_results_a_number_at_an_operating_point_is_none(nlp, sentence, expected):
    assert metric_values(facts_of(nlp, sentence)) == expected


def test_results_a_metric_that_sets_an_operating_point_measures_no_other_number(nlp):
    # corpus 1904.05871 (tune10): "at 0.7 IoU" is where mAP is measured; the gain after it is mAP's
    facts = facts_of(nlp, "For example, we obtain 81.1% mAP on the PASCAL-VOC dataset at 0.7 IoU after pre-training "
                          "on OpenImagesV4, which is 7.6% better than the recently proposed DeformableConvNetsV2 which "
                          "uses ImageNet pre-training.")
    assert metric_values(facts) == [("mAP", 81.1), ("mAP improvement", 7.6)]  # (and 0.7 is no IoU result)


def test_results_an_angle_unit_is_no_measure_and_compared_values_are_previous(nlp):
    # tune8 (1904.11476): "0.0929 deg" is the accuracy's second value, in degrees, not a metric "deg"
    facts = facts_of(nlp, "We demonstrate its ability to adapt across diverse settings, from urban UK to off-road "
                          "Iceland, achieving a scan matching accuracy of approximately 5.20 cm and 0.0929 deg when "
                          "using GPS as ground truth (compared to visual odometry's 5.77 cm and 0.1032 deg).")
    assert metric_values(facts) == [("accuracy", 5.2), ("accuracy", 0.0929)]
    # and the numbers "(compared to visual odometry's ...)" are the baseline's, the previous values
    assert [r.previous for r in facts.results] == [5.77, 0.1032]


@pytest.mark.parametrize("sentence, expected", [
    # corpus 1906.08637: a gain that names no measure is in the one metric its sentence names
    ("In our experiments, BinaryDenseNet achieves 18.6% and 7.6% relative improvement over the well-known "
     "XNOR-Network and the current state-of-the-art Bi-Real Net in terms of top-1 accuracy on ImageNet, respectively.",
     [("relative top-1 accuracy improvement", 18.6), ("relative top-1 accuracy improvement", 7.6)]),
    # corpus 1902.08850
    ("Furthermore, we obtain a considerable improvement on the Movie Review data set, reporting an accuracy of 93.3%, "
     "which represents an absolute gain of 10% over the state-of-the-art approach.",
     [("accuracy", 93.3), ("accuracy gain", 10.0)]),
    # corpus 1901.02511, 1809.07069: not in a cost the sentence names beside it
    ("The efficient MSFCN-2 provided an improvement of 11% and 5% for KITTI and SYNTHIA with negligible increase in "
     "computational complexity compared to the baseline version.", [("improvement", 11.0), ("improvement", 5.0)]),
    ("In a default Mask R-CNN setup, we achieve a training speed-up and a relative overall improvement of 8.1% on the "
     "MS COCO metrics compared to the baseline.", [("improvement", 8.1)]),
])
def test_results_a_gain_that_names_no_measure_is_in_the_sentences_one_metric(nlp, sentence, expected):
    assert metric_values(facts_of(nlp, sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # corpus 1904.08505, 1907.00501, 1907.03739: one number given for a list of metrics is each one's
    ("On the GRIT dataset, our proposal achieves more than 98% of accuracy, recall, precision, and F1-score, "
     "outperforming the reference approach in more than 6%.",
     [("accuracy", 98.0), ("recall", 98.0), ("precision", 98.0), ("F1", 98.0)]),
    ("On the evaluation set, our model fusion improves the t-DCF and EER by 25% compared to the baseline algorithms.",
     [("EER", 25.0), ("t-DCF", 25.0)]),
    ("by replacing the primitives in Frustrum PointNet with PVConv, it outperforms Frustrum PointNet++ by 2.4% mAP "
     "on average with 1.5x measured speedup and GPU memory reduction.",
     [("mAP", 2.4), ("measured speedup", 1.5), ("GPU memory", 1.5)]),
])
def test_results_one_number_for_a_list_of_metrics_is_a_result_of_each(nlp, sentence, expected):
    facts = facts_of(nlp, sentence)
    found = metric_values(facts)  # (GRIT's "more than 6%" is read as F1 too, wrongly: not this rule's)
    assert all(pair in found for pair in expected) and len(found) <= len(expected) + 1
    shared = [r for r in facts.results if r.rule == "result:metric_list"]
    assert shared and all(facts.paper.abstract[r.start:r.end] == r.raw for r in shared)


@pytest.mark.parametrize("sentence, expected", [
    # not when each metric has its own number ("and F1 score of 0.88"), nor when "respectively"
    # pairs them, nor over a clause of its own (corpus 1906.11031, 1908.00300)
    ("We obtain 91.2% accuracy and F1 score of 0.88.", [("accuracy", 91.2), ("F1", 0.88)]),
    ("For subthalamic-nucleus (small structure) DC and cDC were 0.86 (0.025) and 0.97 (0.006), respectively.",
     None),
    ("The performance of our model is on par with the state-of-the-art on all datasets with much fewer parameters "
     "and the inference speed is at least 6 times faster compared with similarly performed ones.", None),
])
def test_results_a_list_of_metrics_shares_no_number_that_is_anothers(nlp, sentence, expected):
    facts = facts_of(nlp, sentence)
    assert not [r for r in facts.results if r.rule == "result:metric_list"]
    if expected is not None:
        assert metric_values(facts) == expected


@pytest.mark.parametrize("sentence, expected", [
    # corpus 1904.08655, 1906.03906, 1907.03698: as many metrics as numbers pair in order, with no
    # "respectively" or with one after a value that its reader passes over ("0.43~mm", "$84.3\%$")
    ("With the suggested pre-training, we computed a Dice and Jaccard coefficient of $0.47 \\pm 0.10$ and "
     "$0.31 \\pm 0.08$, and an average distance of $0.71 \\pm 0.38~mm$.",
     [("Dice", 0.47), ("Jaccard coefficient", 0.31)]),
    ("Our method achieved an average Dice score and ASSD of 0.87 and 0.43~mm respectively.", [("Dice", 0.87)]),
    ("the precision, recall, and F1-measure are $95.3\\%$, $75.7\\%$, and $84.3\\%$, respectively.",
     [("precision", 95.3), ("recall", 75.7), ("F1", 84.3)]),
])
def test_results_a_list_of_metrics_pairs_with_a_list_of_as_many_numbers(nlp, sentence, expected):
    found = metric_values(facts_of(nlp, sentence))
    assert all(pair in found for pair in expected)


@pytest.mark.parametrize("sentence, expected", [
    # corpus 1811.07555, tune11 (1906.07214), corpus 1906.02168 (whose "16%" was an accuracy): a number said to be
    # a loss or drop of a metric measures that loss, not the metric
    ("Experiments show that pruning based on our method can lead to 2x theoretical speedup with only 0.41% accuracy "
     "loss for 3DResNet18 and 3.28% accuracy loss for C3D.",
     [("theoretical speedup", 2.0), ("accuracy loss", 0.41), ("accuracy loss", 3.28)]),
    ("HANNA is able to provide such significant speedup and energy efficiency benefits over the state-of-the-art "
     "baselines at the cost of a tolerable 4-5% drop in accuracy.", [("accuracy drop", 4.0)]),
    ("We evaluate a diverse array of classifiers trained on ImageNet, including models trained for robustness, and "
     "show a median classification accuracy drop of 16%.", [("accuracy drop", 16.0)]),
    # but a metric and a loss side by side stay apart
    ("It achieves 95% accuracy and 0.3 loss.", [("accuracy", 95.0), ("loss", 0.3)]),
    # corpus 1811.05233, 1904.00962: a metric after "without" is what the number did not cost
    ("We have successfully trained ImageNet/ResNet-50 in 122 seconds without significant accuracy loss on ABCI "
     "cluster.", [("runtime", 122.0)]),
    ("To solve this problem, we propose the LAMB optimizer, which helps us to scale the batch size to 65536 without "
     "losing accuracy.", []),
])
def test_results_a_loss_of_a_metric_is_named_a_loss_and_one_after_without_is_none(nlp, sentence, expected):
    assert metric_values(facts_of(nlp, sentence)) == expected


def test_results_a_measure_phrase_before_the_numbers_parenthesis_names_it(nlp):
    # corpus 1904.04421: each parenthesis measures the phrase before it, not the metric named earlier
    facts = facts_of(nlp, "Results show that our proposed DNN model and accelerator outperform the state-of-the-art "
                          "FPGA designs in all aspects including Intersection-over-Union (IoU) (6.2% higher), frames "
                          "per second (FPS) (2.48X higher), power consumption (40% lower), and energy efficiency "
                          "(2.5X higher).")
    assert metric_values(facts) == [("IoU", 6.2), ("FPS", 2.48), ("power consumption", 40.0),
                                    ("energy efficiency", 2.5)]


def test_results_of_the_next_sentence_keep_their_own_metric(nlp):
    # corpus 1902.04236: the correlations of the second sentence are no Mean Squared Errors
    facts = facts_of(nlp, "The proposed method was tested on two independent datasets with a Mean Squared Error of "
                          "0.262 and 0.145. The Cross-Correlation coefficient of the respective datasets were found "
                          "to be 0.933 and 0.931.")
    assert not [r for r in facts.results if r.metric == "Mean Squared Error" and r.value > 0.9]


@pytest.mark.parametrize("sentence, expected", [
    # tune11 (1908.00308): a change brings a measure no lexicon lists to the number
    ("Our model MSnet reduced the multi-class logarithmic loss to 0.3033 in the validation set.",
     [("multi-class logarithmic loss", 0.3033)]),
    # corpus 1810.04805 (BERT): the score the change reaches
    ("It obtains new state-of-the-art results on eleven natural language processing tasks, including pushing the "
     "GLUE score to 80.5%.", [("GLUE score", 80.5)]),
])
def test_results_a_change_to_a_number_names_its_measure(nlp, sentence, expected):
    assert metric_values(facts_of(nlp, sentence)) == expected


def test_results_a_change_to_a_gap_measures_no_change(nlp):
    # "to only 3% below the performance of ...": a gap to another's result, not the level the change reaches
    facts = facts_of(nlp, "Semi-supervised training brings the segmentation quality to only 3% below the performance "
                          "of the fully supervised model.")
    assert all(r.rule != "result:change_to" for r in facts.results)


def test_results_a_change_by_a_then_to_b_has_no_previous(nlp):
    # tune10 (1906.07775): "by 8% to 0.91" is the change and the level it reaches, not "from 8 to 0.91";
    # the aside "e.g.," that opens the change is no sentence end
    facts = facts_of(nlp, "Our approach can improve the ROC-AUC, e.g., by 8% to 0.91.")
    assert sorted((r.metric, r.value, r.unit, r.previous) for r in facts.results) == [
        ("ROC-AUC", 0.91, "", None), ("ROC-AUC", 8.0, "%", None)]
    # tune4 (1903.02134): an "e.g." that opens a parenthesis is an example, so the metric is the one in it
    facts = facts_of(nlp, "Negative training can discourage frequent responses and improve response diversity "
                          "(e.g. improve response entropy by over 63%).")
    assert metric_values(facts) == [("response entropy", 63.0)]


@pytest.mark.parametrize("sentence, expected", [
    # holdout5 (1909.01794, 1903.00879): savings and differences are measures (patterns/heads.json)
    ("The schedules yield cost savings of up to 44% over the static baseline.", [("cost savings", 44.0)]),
    ("The model yields a mean diameter measurement error of 3.3 mm, a relative volume difference of 8.58 %, and a "
     "Dice coefficient of 0.87.",
     [("diameter measurement error", 3.3), ("volume difference", 8.58), ("Dice", 0.87)]),
])
def test_results_savings_and_differences_are_measures(nlp, sentence, expected):
    assert metric_values(facts_of(nlp, sentence)) == expected


def test_results_a_measure_phrase_after_a_preposition(nlp):
    # holdout4 (1902.05582): the measure after "with"
    facts = facts_of(nlp, "Due to the improved segmentation, the catheter can be localized with an error of only 1.4 mm.")
    assert [(r.metric, r.value, r.unit) for r in facts.results] == [("error", 1.4, "mm")]
    # corpus 1904.00674: a count after it measures nothing
    facts = facts_of(nlp, "The model detects 103 m2 of the unseen region, with the error of 19 buildings off the 656 "
                          "buildings.")
    assert 19.0 not in results_by_value(facts)
    # tune4 (1903.04713): "from initial errors of 10 mm" is where the change starts, not a result
    facts = facts_of(nlp, "We show that our network can reduce pose estimation errors to 0.6 mm in translation, from "
                          "initial errors of 10 mm if applied once.")
    assert 10.0 not in results_by_value(facts)


@pytest.mark.parametrize("sentence, expected", [
    # tune9 (1908.04293), holdout6 (1909.00997), corpus 1805.09501: another's value named by what it is
    # is the previous value of ours, not a result (and not of the gain between them)
    ("Our method achieves a grasp success rate of 87.8% on real novel objects, improving on a baseline of 57.1%.",
     [("grasp success rate", 87.8, 57.1)]),
    ("The SAN-VOES model has an accuracy of 58%, significantly improving on highest reported accuracy of 46%.",
     [("accuracy", 58.0, 46.0)]),
    ("On ImageNet, we attain a Top-1 accuracy of 83.5% which is 0.4% better than the previous record of 83.1%.",
     [("top-1 accuracy", 83.5, 83.1), ("top-1 accuracy improvement", 0.4, None)]),
    # tune9 (1906.07552): a list of baselines' values has no one previous value
    ("S-D achieves a PSNR of 18.9 dB and 15.4 dB in inpainting and completion, outperforming a baseline convolutional "
     "neural network PSNR of 15.3 dB and 12.2 dB, respectively.", [("PSNR", 18.9, None), ("PSNR", 15.4, None)]),
])
def test_results_a_value_of_a_baseline_or_the_previous_record_is_no_result(nlp, sentence, expected):
    facts = facts_of(nlp, sentence)
    assert sorted((r.metric, r.value, r.previous) for r in facts.results) == sorted(expected)


def test_results_a_baseline_named_before_a_number_of_another_role(nlp):
    # corpus 1908.10508: "80%" sets the labelled share, it is no baseline's value to be a previous one
    facts = facts_of(nlp, "Our method attains a 5.88% accuracy improvement over the baseline model when 80% of the "
                          "dataset is labeled.")
    assert results_by_value(facts)[5.88].previous is None


def test_results_respectively_after_latex_values(nlp):
    # holdout8 (1907.03698): "$98.5\%$, respectively" closes the list as "98.5%, respectively" does
    facts = facts_of(nlp, "The precision, recall, and F1-measure of TrackNet reach $99.7\\%$, $97.3\\%$, and $98.5\\%$, "
                          "respectively.")
    assert metric_values(facts) == [("precision", 99.7), ("recall", 97.3), ("F1", 98.5)]


def test_results_a_metric_phrase_opening_a_parenthesis(nlp):
    # holdout10 (1901.06904): "(recognition rate equal to 91.71% on ...": the phrase after the bracket is
    # the metric of the list, not "<dataset> score"
    facts = facts_of(nlp, "We carried out experiments on four public data sets: MIVIA audio events, MIVIA road events, "
                          "ESC-10 and TU Dortmund data sets. The results that we achieved (recognition rate equal to "
                          "91.71% on the MIVIA audio events, 94% on the MIVIA road events, 81.25% on the ESC-10 and 94.27% "
                          "on the TU Dortmund) demonstrate the effectiveness of the proposed method.")
    assert metric_values(facts) == [("recognition rate", 91.71), ("recognition rate", 94.0),
                                    ("recognition rate", 81.25), ("recognition rate", 94.27)]


def test_results_a_plural_hyphenated_metric_names_a_list_on_datasets(nlp):
    # holdout6 (1905.00982): "F-scores" is the plural of the lexicon's F-score, and the list's last number
    # keeps its metric though a dataset follows it ("0.92 on BioNLPST-BB" is no "BioNLPST-BB score")
    facts = facts_of(nlp, "Our method achieved the average F-scores of 0.81 and 0.92 on BioNLPST-BGI and BioNLPST-BB, "
                          "respectively.")
    assert [(r.metric, r.value, r.dataset) for r in facts.results] == [
        ("F1", 0.81, "BioNLPST-BGI"), ("F1", 0.92, "BioNLPST-BB")]


def test_results_a_plural_metric_phrase_is_named_in_the_singular(nlp):
    # tune8 (1906.11930), holdout6 (1907.08020): "F measures of 0.89" is an F measure, "kappa coefficients" a kappa coefficient
    facts = facts_of(nlp, "SVM slightly underperformed with F measures of 0.89 and 0.96 in the same experiments.")
    assert metric_values(facts) == [("F measure", 0.89), ("F measure", 0.96)]


def test_results_a_part_used_by_the_paper_does_not_own_its_number(nlp):
    # tune3 (1903.12269): "With the aid of PBS, we ..." reports the paper's method BFA, not its part PBS
    facts = facts_of(nlp, "We propose a novel DNN weight attack method called Bit-Flip Attack (BFA). "
                          "Our proposed BFA utilizes a Progressive Bit Search (PBS) method which combines gradient "
                          "ranking and progressive search. With the aid of PBS, we can successfully attack a ResNet-18 "
                          "(i.e., top-1 accuracy degrade from 69.8% to 0.1%) only through 13 bit-flips.",
                     title="Bit-Flip Attack: Crushing Neural Network with Progressive Bit Search")
    assert results_by_value(facts)[0.1].method == "BFA"


def test_results_a_human_level_is_no_result_and_no_previous_value(nlp):
    # corpus 1906.00839, 1903.00161: the human performance a paper compares with is not its result, nor
    # a baseline value its number replaces
    facts = facts_of(nlp, "Our system achieves a state-of-the-art performance at 92.5% F1, edging closer to the human "
                          "performance of 96.6%.")
    assert [(r.metric, r.value, r.previous) for r in facts.results] == [("F1", 92.5, None)]


def test_results_a_bare_gain_takes_the_metric_of_the_sentence_before(nlp):
    # tune4 (1706.02908): "improvements of 1.4%" in a sentence naming no metric gains in the one metric the
    # sentence before reports
    facts = facts_of(nlp, "Our method reaches a mean classification score of 85.0% on the paddock data. On the orchard "
                          "data, both modalities complement each other with improvements of 1.4% in 2D and 7.9% in 3D.")
    assert metric_values(facts) == [("classification score", 85.0), ("classification score improvement", 1.4),
                                    ("classification score improvement", 7.9)]


@pytest.mark.parametrize("sentence, expected", [
    # a list of metrics names the list of numbers its clause gives, in order, without "respectively"
    ("The precision, recall and F1 of our system are 0.90, 0.80 and 0.85.",
     [("precision", 0.9), ("recall", 0.8), ("F1", 0.85)]),
    # holdout11 (1905.06643): and each later run after ";"
    ("The experimental results of the system about precision, recall and F measures for positive comments are 89.3%, "
     "95.0% and 92.1%; for negative comments are 97.1%, 78.5% and 86.8%.",
     [("precision", 89.3), ("recall", 95.0), ("F measure", 92.1), ("precision", 97.1), ("recall", 78.5),
      ("F measure", 86.8)]),
])
def test_results_a_list_of_metrics_names_the_lists_of_numbers_of_its_clause(nlp, sentence, expected):
    assert metric_values(facts_of(nlp, sentence)) == expected


def test_results_a_value_people_reach_is_no_result(nlp):
    # holdout11 (1810.10342): "the 36-38% by the retinal specialists" is the specialists' level
    facts = facts_of(nlp, "The positive predictive value (PPV) of the model was 61% (95% CI: 56-66%), approximately "
                          "double the 36-38% by the retinal specialists.")
    assert 36.0 not in results_by_value(facts) and results_by_value(facts)[61.0].metric == "PPV"


def test_results_an_operating_point_after_an_at_sign(nlp):
    # corpus 1904.01091: "TAR=90% @ FAR = 0.1%" reports a TAR at the point FAR = 0.1%
    facts = facts_of(nlp, "Infants are recognized in time (TAR=90% @ FAR = 0.1% for infants older than 8 weeks).")
    assert [(r.metric, r.value) for r in facts.results] == [("TAR", 90.0)]


@pytest.mark.parametrize("sentence", [
    # corpus 1906.03088, 1903.02271: the share of the data a result is reached with sets it up
    "With only 20% of the training examples, TRE matches the performance of the baseline.",
    "With only 10% of the labels, the model matches the FID of BigGAN trained on all of them.",
])
def test_results_the_share_of_data_used_is_setup(nlp, sentence):
    assert not facts_of(nlp, sentence).results


@pytest.mark.parametrize("sentence, expected", [
    # tune7 (1901.09237), corpus 1905.12230: another's value is no result, though no number of ours precedes it
    ("It outperforms the previous state of the art which reported an accuracy of 87% on the database.", []),
    ("In the CHiME-5 challenge the baseline ASR had a 73.3% word error rate (WER), while ours reaches 41.2% WER.",
     [("WER", 41.2)]),
    # tune4 (1907.01307): but "This baseline" is the paper's own
    ("We provide a text recognition baseline. This baseline achieves 2 %, 22 % and 73 % word error rates on easy, "
     "medium and hard parts of the dataset, respectively.",
     [("word error rate", 2.0), ("word error rate", 22.0), ("word error rate", 73.0)]),
    # corpus 1905.02878: and a gain over the baseline is ours
    ("Our approach brings significant BLEU score improvements compared with the baseline, 1.74 points for "
     "Chinese-English.", [("BLEU", 1.74)]),
])
def test_results_others_values_without_a_number_of_ours_before(nlp, sentence, expected):
    assert metric_values(facts_of(nlp, sentence)) == expected


def test_results_a_value_for_the_baselines_is_no_result(nlp):
    # corpus 1902.00176: "for competing methods", "for the baselines" give others' values;
    # corpus 1904.04163: but a share "of the baseline system" is ours
    facts = facts_of(nlp, "Our network requires only 1.5 milliseconds (ms) to reconstruct an image of 801x1200 pixels "
                          "compared to between 6ms and 3000ms for competing methods.")
    assert [r.value for r in facts.results] == [1.5]
    facts = facts_of(nlp, "In a rescoring task, we reduce the RNNLM model size to 18.5% of the baseline system.")
    assert [r.value for r in facts.results] == [18.5]


def test_results_a_bias_is_a_measure(nlp):
    # tune4 (1906.00839): "(gender bias of 0.97)" measures the gender bias, not the F1 before it
    facts = facts_of(nlp, "Our system achieves a state-of-the-art performance at 92.5% F1 (gender bias of 0.97).")
    assert metric_values(facts) == [("F1", 92.5), ("gender bias", 0.97)]


def test_results_the_change_of_the_clause_after_but_also(nlp):
    # corpus 1907.01696: the change "by over 70%" is the annotation cost's, in the clause after "but also"
    facts = facts_of(nlp, "We demonstrate that the proposed method not only outperforms state-of-art methods, but also "
                          "significantly reduces the annotation cost by over 70%.")
    assert metric_values(facts) == [("annotation cost", 70.0)]


def test_results_parallel_margins_after_comparisons(nlp):
    # holdout6 (1907.04822): each "by N% compared to ..." is a gain of its own, none another's previous value
    facts = facts_of(nlp, "The proposed feature fusion method improves the prognosis performance, elevating the area under "
                          "ROC curve by 51% compared to predefined radiomics features alone, by 16% compared to deep "
                          "learning features alone, and by 32% compared to existing feature fusion methods.")
    assert [(r.value, r.previous) for r in facts.results] == [(51.0, None), (16.0, None), (32.0, None)]


def test_results_a_measure_phrase_without_its_trailing_adverb(nlp):
    # corpus 1807.00737: "improves the performance additionally by around 5%" measures the performance
    facts = facts_of(nlp, "Our newly developed TPG method improves the performance additionally by around 5%.")
    assert metric_values(facts) == [("performance", 5.0)]


def test_results_the_maker_of_the_data_owns_no_number(nlp):
    # corpus 1903.09244: "examples generated by backtranslation achieves 80.6%": the ULMFiT model's number;
    # corpus 1811.08278: but "The result obtained by CapsNet is ..." is CapsNet's
    facts = facts_of(nlp, "A ULMFit model pretrained on wikitext103 and then finetuned on only 50 IMDB examples and 500 "
                          "synthetic examples generated by backtranslation achieves 80.6\\% accuracy.")
    assert results_by_value(facts)[80.6].method == "ULMFiT"
    facts = facts_of(nlp, "The result obtained by CapsNet is an accuracy rate of 99.75\\%, and it is the best result "
                          "published so far.")
    assert results_by_value(facts)[99.75].method == "CapsNet"
