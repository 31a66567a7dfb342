"""Entity resolution (kg/extract/components/entities.py): acronyms, overlaps, tasks, metrics."""
import pytest

from kg.extract.components.candidates import Candidate
from kg.extract.components.entities import resolve_overlaps

from tests.extract.conftest import facts_of


def test_resolve_overlaps_prefers_rank_then_length():
    lexicon = Candidate(10, 15, "methods", "Mamba", "lexicon:methods.jsonl:1")
    proposal = Candidate(3, 15, "methods", "Motion Mamba", "pattern:propose")
    bare = Candidate(10, 15, "datasets", "Mamba", "pattern:on_name")
    kept = resolve_overlaps([(lexicon, False), (proposal, True), (bare, False)], 20)
    assert kept == [(proposal, True)]


def test_entities_acronym_defined_in_the_abstract_beats_the_lexicon(nlp):
    # dev abstract dad459536d (seeds): MSD is not the Million Song Dataset here
    facts = facts_of(nlp, "In this work, we introduce Multi-Student Distillation (MSD), a framework to distill a "
                          "teacher into students. MSD trains multiple distilled students.")
    msd = next(m for m in facts.methods if m.name == "MSD")
    assert msd.proposed and msd.aliases == ("Multi-Student Distillation",) and len(msd.mentions) == 3
    assert not any(d.name != "MSD" and "MSD" in {x.text for x in d.mentions} for d in facts.datasets)


def test_entities_acronym_of_an_unextracted_kind_is_dropped(nlp):
    facts = facts_of(nlp, "Regret minimization in streaming multi-armed bandits (MABs) has been studied. "
                          "MABs are simple.")
    assert "MABs" not in {m.name for m in facts.methods}


def test_entities_dataset_qualifiers_stay_on_the_mention(nlp):
    facts = facts_of(nlp, "Our model reaches an FID of 1.20 on ImageNet-64x64 and 2.3 on AlpacaEval 2.0.")
    mentions = {d.name: [m.text for m in d.mentions] for d in facts.datasets}
    assert mentions["ImageNet"] == ["ImageNet-64x64"]
    assert mentions["AlpacaEval"] == ["AlpacaEval 2.0"]


def test_entities_method_versions_stay_on_the_mention(nlp):
    facts = facts_of(nlp, "RAIN improves the harmlessness rate of LLaMA 30B over vanilla inference.")
    llama = next(m for m in facts.methods if m.name == "LLaMA")
    assert [m.text for m in llama.mentions] == ["LLaMA 30B"]
    # corpus 1903.05134, and tune seeds' "Stable Diffusion v1-5": the version is no method of its own
    facts = facts_of(nlp, "We show improved performance of universally slimmable MobileNet v1 and MobileNet v2 on "
                          "ImageNet classification task.")
    assert [(m.name, [x.text for x in m.mentions]) for m in facts.methods] == [
        ("MobileNet", ["MobileNet v1"]), ("MobileNetV2", ["MobileNet v2"])]
    facts = facts_of(nlp, "We fine-tune Stable Diffusion v1-5 with it.")
    assert [(m.name, [x.text for x in m.mentions]) for m in facts.methods] == [("Stable Diffusion", ["Stable Diffusion v1-5"])]


def test_entities_tasks_from_title_phrases_are_lowercase(bare_nlp):
    # seeds: One-DM abstract
    facts = facts_of(bare_nlp, "Existing handwritten text generation methods often require more than ten samples.",
                     title="One-Shot Diffusion Mimicker for Handwritten Text Generation")
    assert [t.name for t in facts.tasks] == ["handwritten text generation"]
    assert [m.field for m in facts.tasks[0].mentions] == ["title", "abstract"]


def test_entities_broad_paradigms_are_tasks_only_in_the_title(nlp):
    facts = facts_of(nlp, "We use reinforcement learning to train a retrosynthesis planner.",
                     title="Retrosynthetic Planning with Dual Value Networks")
    assert "reinforcement learning" not in {t.name for t in facts.tasks}
    # seed abstract (tune2 set): "deep RL" in the title is the task; in the abstract alone it is not
    titled = facts_of(nlp, "We show that deep reinforcement learning agents learn representations.",
                      title="Predictive auxiliary objectives in deep RL mimic learning in the brain")
    assert "deep reinforcement learning" in {t.name for t in titled.tasks}
    untitled = facts_of(nlp, "We show that deep reinforcement learning agents learn representations.",
                        title="Predictive auxiliary objectives mimic learning in the brain")
    assert "deep reinforcement learning" not in {t.name for t in untitled.tasks}


def test_entities_a_broad_paradigm_the_abstract_opens_with_and_returns_to_is_a_task(nlp):
    # corpus 1810.06544: said in the first sentence and again later
    opening = ("Imitation learning is an appealing approach for autonomous control: in many tasks, demonstrations "
               "of preferred behavior can be readily obtained from human experts. However, imitation learning "
               "produces behavioral policies with limited flexibility to accommodate new goals at test-time.")
    assert "imitation learning" in {t.name for t in facts_of(nlp, opening).tasks}
    # said twice, but not in the first sentence (adapted from corpus 1903.04110)
    later = ("Existing approaches often require complete demonstration data. In this paper, we consider a "
             "scenario where an imitation learning agent only has access to the state sequences of an expert. "
             "The policy is optimized via a hybrid objective combining rewards and imitation learning.")
    assert "imitation learning" not in {t.name for t in facts_of(nlp, later).tasks}
    # an acronym's definition in the first sentence is one saying of it, not two
    defined = "Reinforcement learning (RL) is a popular paradigm for control. We study robot arms."
    assert "reinforcement learning" not in {t.name for t in facts_of(nlp, defined).tasks}


def test_entities_metric_with_its_qualifier(nlp):
    # dev abstract b6b689a8ae (seeds)
    facts = facts_of(nlp, "the single-step predictors are trained offline to optimize the single-step accuracy.")
    assert "single-step accuracy" in {m.name for m in facts.metrics}


def test_entities_weak_metric_needs_a_number(nlp):
    no_number = facts_of(nlp, "The method needs no extra parameters and keeps inference speed.")
    assert not {"parameters", "inference speed"} & {m.name for m in no_number.metrics}
    measured = facts_of(nlp, "The method is 3x faster in inference speed than DDIM.")
    assert "inference speed" in {m.name for m in measured.metrics}


def test_entities_flops_named_as_a_measure_is_a_metric_without_a_number(nlp):
    # tune10 (1907.09595), corpus 1904.09730: FLOPs measure efficiency wherever they are named
    facts = facts_of(nlp, "Although feature reuse enables DenseNet to produce strong features with a small number "
                          "of model parameters and FLOPs, the detector shows rather slow speed.")
    assert "FLOPs" in {m.name for m in facts.metrics}


def test_entities_weak_metric_named_by_a_result_of_another_sentence(nlp):
    # corpus 1904.02216: "FLOPs" of the first sentence is measured by "1.7 GFLOPs" of the second;
    # a unit alone ("0.4~1.3 GPU-days") is no metric mention
    text = ("Experiments demonstrate the superior performance of DFANet with less FLOPs than existing "
            "methods. It achieves 70.3% Mean IOU on Cityscapes with only 1.7 GFLOPs.")
    assert {"FLOPs", "mIoU"} <= {m.name for m in facts_of(nlp, text).metrics}
    unit_only = facts_of(nlp, "On CIFAR-10 and CIFAR-100 classification, our method using minimal computational "
                              "resources (0.4~1.3 GPU-days) can discover more efficient rules of the widths of "
                              "networks to improve the accuracy by about 0.5% on CIFAR-10.")
    assert "GPU hours" not in {m.name for m in unit_only.metrics}
    assert "GPU hours" in {r.metric for r in unit_only.results}


def test_entities_late_task_phrase_around_a_lexicon_task_is_kept(nlp):
    # a phrase no lexicon knows, said once and late, is dropped unless it extends a known task
    abstract = ("Recent diffusion-based methods synthesise videos. They still have two limitations. "
                "To address these shortcomings, we present a framework to enable efficient and long-term human "
                "video generation. We also study regret minimization under delays.")
    tasks = {t.name for t in facts_of(nlp, abstract).tasks}
    assert "long-term human video generation" in tasks
    assert "regret minimization under delays" not in tasks


def test_entities_late_task_phrase_named_as_a_task_is_kept(nlp):
    # tune4 (1903.07209): a late phrase said once is kept when the abstract
    # names it a task
    abstract = ("We design compact networks. They are driven by human-specified design requirements. "
                "Results show them fast. Experimental results for the task of object recognition showed that "
                "the networks are accurate. We also study spatial localization in rooms.")
    tasks = {t.name for t in facts_of(nlp, abstract).tasks}
    assert "object recognition" in tasks and "spatial localization" not in tasks


@pytest.mark.parametrize("sentence, metric", [
    # corpus 2019
    ("Our methods exhibit low impact forces on contact and low steady-state tracking error.", "steady-state tracking error"),
    ("Furthermore, increased disentanglement does not seem to lead to a decreased sample complexity of learning "
     "for downstream tasks.", "sample complexity"),
    ("Our evaluation shows a significant improvement in both runtime and grasp success rate relative to a "
     "baseline from the literature.", "grasp success rate"),
    # arXiv 2019 (tune7 set): the spelled-out ROC area is AUC (corpus "area under ... (X)" definitions: 17 AUC, 1 AUROC)
    ("The detection resulted in an area under the receiver operating characteristic curve of $0.81 \\pm 0.02$.",
     "AUC"),
    # tune7: an acronym called a measure is one, though its long form ends like a task
    ("Results are given in terms of the correct localization (CorLoc) measure.", "CorLoc"),
    # tune8 (session 12): a top-k accuracy written without its hyphen is no method name; segmental SNR
    ("The model achieves a top2 accuracy of 91.36 percent and top3 accuracy of 95.34 percent.", "top-2 accuracy"),
    ("DAT improves PESQ (19.0%), SSNR (39.3%) and STOI (27.0%) over no adaptation.", "SSNR"),
])
def test_entities_metrics_across_fields(nlp, sentence, metric):
    assert metric in {m.name for m in facts_of(nlp, sentence).metrics}


def test_entities_objective_words_are_weak_metrics(nlp):
    # corpus 2019: a reconstruction error that is an objective, not a reported measure
    facts = facts_of(nlp, "We trained the network by balancing image reconstruction error and classification "
                          "label prediction error.")
    assert not {"reconstruction error", "prediction error"} & {m.name for m in facts.metrics}


# corpus 2019 (1907.05681): FID on CIFAR-10, no generation task named
_FID_ON_CIFAR = ("We show that using an explicit Lipschitz penalty leads to state-of-the-art performance in terms "
                 "of Inception Score and Frechet Inception Distance when applied to Wasserstein GANs trained on CIFAR-10.")


def test_entities_fid_on_an_image_dataset_implies_image_generation(nlp):
    facts = facts_of(nlp, _FID_ON_CIFAR)
    task = next(t for t in facts.tasks if t.name == "image generation")
    mention = task.mentions[0]
    assert (mention.text, mention.rule) == ("Frechet Inception Distance", "implied:image generation")
    assert task.aliases == ()


def test_entities_no_implied_task_when_one_is_named_or_no_image_dataset(nlp):
    named = facts_of(nlp, "We study text-to-image generation. " + _FID_ON_CIFAR)
    assert "image generation" not in {t.name for t in named.tasks}
    no_dataset = facts_of(nlp, _FID_ON_CIFAR.replace(" trained on CIFAR-10", ""))
    assert "image generation" not in {t.name for t in no_dataset.tasks}


def test_entities_classification_said_of_an_image_classification_benchmark_implies_image_classification(nlp):
    # corpus 1907.05642, 1904.04971: "classification accuracy" on CIFAR-10, "ImageNet classification"
    facts = facts_of(nlp, "Experiments show that our method can achieve higher classification accuracy than the "
                          "baseline models on CIFAR-10 with fewer parameters.")
    task = next(t for t in facts.tasks if t.name == "image classification")
    assert (task.mentions[0].text, task.mentions[0].rule) == ("classification accuracy", "implied:image classification")
    facts = facts_of(nlp, "On the ImageNet classification dataset, CondConv improves the top-1 accuracy.")
    assert "image classification" in {t.name for t in facts.tasks}
    # not without such a benchmark, nor when the paper names its classification task
    facts = facts_of(nlp, "Our method achieves higher classification accuracy than the baseline models on Reuters.")
    assert "image classification" not in {t.name for t in facts.tasks}
    facts = facts_of(nlp, "We study skin lesion classification. Our classifier reaches 90% accuracy on CIFAR-10.")
    assert "image classification" not in {t.name for t in facts.tasks}


@pytest.mark.parametrize("sentence, not_metrics", [
    # seeds: "defined in terms of" defines groups; it measures nothing
    ("We evaluate this algorithm with an extensive set of experiments on synthetic data and on two real data sets "
     "-- Medical costs and the Adult income dataset, both instantiated with intersecting groups defined in terms of "
     "race, sex, and other demographic characteristics.", {"race", "sex"}),
    # seeds: AR before "models" is autoregressive, not average recall
    ("Although Distilled Decoding 1 (DD1) was recently proposed to enable few-step sampling for image AR models, it "
     "still incurs significant performance degradation in the one-step setting.", {"AR", "image AR"}),
    # corpus 2019: everyday words of a method description, with no number measuring them
    ("The above experiments prove the validity of the model.", {"validity"}),
    ("However, existing methods usually rely on single modality and seldom focus on multi-modality semantics "
     "representation.", {"multimodality"}),
    # seed abstract (tune2 set): a step count is a result ("in just 3 denoising steps"), not a metric entity
    ("BESO allows for fast sampling strategies to generate goal-specified behavior in just 3 denoising steps, "
     "compared to 30+ steps of other diffusion based policies.", {"sampling steps"}),
    # seed abstract (tune2 set) and corpus 1904.12796: what users want, not a measure
    ("GenARM caters to diverse user preferences without retraining. We find that the relation type is crucial in "
     "inferring user preference.", {"user preference"}),
    # review of the CorLoc rule: a task's acronym before "accuracy" stays the task's
    ("We report object detection (OD) accuracy of 80.1% on COCO.", {"OD"}),
])
def test_entities_words_that_do_not_name_a_measure_here(nlp, sentence, not_metrics):
    assert not not_metrics & {m.name for m in facts_of(nlp, sentence).metrics}


@pytest.mark.parametrize("sentence, not_methods", [
    # seeds: a formalism, an organisation, a task abbreviation
    ("CPL is fully off-policy, uses only a simple contrastive objective, and can be applied to arbitrary MDPs.",
     {"MDPs", "MDP"}),
    ("OpenAI's Sora highlights the potential of video generation for developing world models.", {"OpenAI", "OpenAI's"}),
    ("Large-scale text-to-image (T2I) diffusion models have showcased incredible capabilities.", {"T2I"}),
    # seeds: the lexicon's metric after "introduce" is not a new method
    ("To achieve this, we also introduce the MSE between representations of the inner model and the "
     "self-supervised target model.", {"MSE"}),
    # seed abstract (tune2 set) and corpus phrasings: hardware and programming languages
    ("We achieve an impressive throughput of 123.9 Videos/s on a single TITAN Xp GPU. The library is written in "
     "Python and runs on NVIDIA V100 GPUs.", {"TITAN Xp GPU", "TITAN", "Xp", "Python", "NVIDIA V100 GPUs", "V100"}),
    # corpus: acronyms of bodies, vehicles and imaging modalities, and the pieces of their long forms
    ("The test is aimed at government agencies, such as the Food and Drug Administration (FDA), to secure safe use "
     "of deep learning methods.", {"FDA", "Food and Drug Administration", "Drug Administration"}),
    ("Unmanned aerial vehicles (UAV) are used in precision agriculture (PA) to enable aerial monitoring. The UAV's "
     "camera records the fields.", {"UAV", "UAV's", "Unmanned aerial vehicles", "aerial vehicles"}),
    ("Optical Coherence Tomography (OCT) imaging plays an important role in glaucoma diagnosis in clinical practice.",
     {"OCT", "Optical Coherence Tomography", "Coherence Tomography"}),
    # arXiv 2019 (tune3 set, corpus): generic paradigms in capitals, and the pieces of them
    ("In this paper, we present the first application of Deep Learning to PTA-stained osteochondral samples.",
     {"Deep", "Deep Learning", "Learning", "Deep Learning to PTA-stained"}),
    ("We present a Deep Learning based system for the twin tasks of localization and obstacle avoidance.",
     {"Deep", "Deep Learning", "Learning"}),
])
def test_entities_names_that_are_not_methods(nlp, sentence, not_methods):
    facts = facts_of(nlp, sentence)
    assert not not_methods & {m.name for m in facts.methods}


def test_entities_proposal_of_a_lexicon_metric_stays_a_metric(nlp):
    facts = facts_of(nlp, "To achieve this, we also introduce the MSE between representations of the inner model "
                          "and the self-supervised target model.")
    assert "MSE" in {m.name for m in facts.metrics}


def test_entities_a_proposal_cue_at_a_lexicon_name_marks_it_proposed(nlp):
    # seeds: DMD2 abstract (the lexicon lists DMD2; the paper introduces it)
    facts = facts_of(nlp, "We introduce DMD2, a set of techniques that lift this limitation and improve DMD training.")
    dmd2 = next(m for m in facts.methods if "DMD2" in {x.text for x in m.mentions})
    assert dmd2.proposed


def test_entities_an_acronym_of_a_field_is_no_entity(nlp):
    # seeds: ERNIE 3.0 abstract
    facts = facts_of(nlp, "Pre-trained models have achieved state-of-the-art results in various Natural Language "
                          "Processing (NLP) tasks.")
    assert not facts.methods and not facts.datasets


def test_entities_an_acronym_the_abstract_defines_names_a_lexicon_method(nlp):
    # seeds: Consistency Trajectory Models (the lexicon names it by its long form only)
    facts = facts_of(nlp, "We propose Consistency Trajectory Model (CTM), a generalization encompassing CM and "
                          "score-based models as special cases. CTM achieves an FID of 1.73 on CIFAR-10.")
    ctm = next(m for m in facts.methods if m.key == "consistencytrajectorymodel")
    assert ctm.name == "CTM" and "consistency trajectory model" in ctm.aliases
    assert [(r.method, r.method_key) for r in facts.results] == [("CTM", ctm.key)]


def test_entities_a_common_word_a_title_case_title_capitalises_is_no_name(nlp):
    # corpus 1904.03751: the verb "Go" of a Title Case title is not the game Go; the game in the abstract is
    facts = facts_of(nlp, "We build a very deep 56-layer GCN.", title="DeepGCNs: Can GCNs Go as Deep as CNNs?")
    assert "Go" not in {d.name for d in facts.datasets}
    facts = facts_of(nlp, "AlphaZero masters Go from self-play.")
    assert "Go" in {d.name for d in facts.datasets}


def test_entities_our_described_system_proposes_the_acronym_after_it(nlp):
    # tune2 seeds (BESO): our head, a quoted long form, its acronym
    facts = facts_of(nlp, 'Our new goal-conditioned policy architecture "BEhavior generation with ScOre-based Diffusion '
                          'Policies" (BESO) leverages a generative, score-based diffusion model as its policy.')
    assert {m.name for m in facts.methods if m.proposed} == {"BESO"}
    # corpus 1905.01715: an activity after "our ..." proposes nothing it trains
    facts = facts_of(nlp, "We demonstrate the capability of our developed corpus by training Statistical Machine "
                          "Translation (SMT) and Neural Machine Translation (NMT) models for both language directions.")
    assert not {m.name for m in facts.methods if m.proposed}


@pytest.mark.parametrize("sentence, acronym, kind", [
    # corpus 1901.08787, 1903.10203: one algorithm or framework an acronym names is a method, though its long
    # form ends in a task's word; models (plural) for a task leave it the task (1905.00855)
    ("In this study, a multiple hypothesis tracking (MHT) algorithm for multi-target multi-camera tracking (MCT) "
     "with disjoint views is proposed.", "MHT", "methods"),
    ("This paper considers HFR as a dual generation problem, and proposes a new Dual Variational Generation (DVG) "
     "framework.", "DVG", "methods"),
    ("In this paper, we present a compression approach based on the combination of low-rank matrix factorization "
     "and quantization training, to reduce complexity for neural network based acoustic event detection (AED) "
     "models.", "AED", "tasks"),
])
def test_entities_an_acronym_before_a_methods_head(nlp, sentence, acronym, kind):
    facts = facts_of(nlp, sentence)
    kinds = {k for k in ("methods", "tasks") if acronym in {e.name for e in getattr(facts, k)}}
    assert kinds == {kind}


def test_entities_our_introduction_of_an_acronym_before_a_neural_network_proposes_a_method(nlp):
    # corpus 1905.03658, 1905.03546: "(ACR) neural network(s)" names a method; "we ... the introduction of a
    # <long form> (ACR)" proposes it (not "the introduction of the transformer")
    facts = facts_of(nlp, "We do so through the introduction of a differentiable approximation bridge (DAB) neural "
                          "network which provides smooth approximations to the gradient of the non-differentiable "
                          "function.")
    assert [(m.name, m.proposed) for m in facts.methods] == [("DAB", True)]
    facts = facts_of(nlp, "We study the introduction of the gated recurrent unit (GRU) in speech models.")
    assert [(m.name, m.proposed) for m in facts.methods] == [("GRU", False)]


def test_entities_a_plural_acronym_names_the_entity_in_the_singular(nlp):
    facts = facts_of(nlp, "Large language models (LLMs) can follow instructions. We fine-tune LLMs.")
    llm = next(m for m in facts.methods if "LLMs" in {x.text for x in m.mentions})
    assert llm.name == "LLM"


def test_entities_an_acronym_named_after_a_dataset_cue_is_a_dataset(nlp):
    # seeds (tune set): EAR abstract; a bare "benchmark X (ACR) datasets" does not count
    facts = facts_of(nlp, "Furthermore, we propose a novel benchmark, Erase Concept Generator and Visual Filter "
                          "(ECGVF), aim at provide a more rigorous foundation for evaluating concept erasure.")
    assert [d.name for d in facts.datasets] == ["ECGVF"] and not facts.methods


@pytest.mark.parametrize("sentence, method", [
    # seed abstracts (tune2 set); the long forms end in lexicon tasks ("preference optimization", "RL")
    ("We present Self-Play Preference Optimization (SPO), an algorithm for reinforcement learning from "
     "human feedback.", "SPO"),
    ("We propose Contrastive BERT for RL (CoBERL), an agent that combines a new contrastive loss and a "
     "hybrid LSTM-transformer architecture.", "CoBERL"),
    # corpus 1905.01681
    ("To handle this problem, we develop Deep Discriminative Clustering (DDC) that models the clustering task.", "DDC"),
])
def test_entities_a_proposed_acronym_is_a_method_though_its_long_form_ends_in_a_task(nlp, sentence, method):
    facts = facts_of(nlp, sentence)
    assert method in {m.name for m in facts.methods if m.proposed}
    assert method not in {t.name for t in facts.tasks}


def test_entities_a_proposal_described_as_a_method_takes_a_lexicon_dataset_name(nlp):
    # seed abstract (tune2 set): ETT is also the lexicon's dataset ETTh1; the apposition says a method
    facts = facts_of(nlp, "To address this, we propose ETT, an end-to-end vision tokenizer tuning approach that "
                          "enables joint optimization. ETT can be seamlessly integrated.")
    assert [(m.name, m.proposed, len(m.mentions)) for m in facts.methods] == [("ETT", True, 2)]
    assert not facts.datasets
    # corpus 1903.06473: "a ... human model dataset" describes a dataset, so THuman stays one
    dataset = facts_of(nlp, "We also contribute THuman, a 3D real-world human model dataset containing "
                            "approximately 7000 models.")
    assert not dataset.methods and [d.name for d in dataset.datasets] == ["THuman2.0"]


@pytest.mark.parametrize("sentence, name", [
    # seed abstracts (tune2 set)
    ("More specifically, we propose a new RL framework -- HERON, which compares trajectories using a "
     "hierarchical decision tree.", "HERON"),
    ("We completely discard the conventional spatial prior in image representation and introduce a novel "
     "discrete visual tokenizer: Self-consistency Tokenizer (Selftok). Selftok offers a minimalist approach.",
     "Selftok"),
])
def test_entities_a_name_after_a_described_proposal(nlp, sentence, name):
    assert name in {m.name for m in facts_of(nlp, sentence).methods if m.proposed}


def test_entities_the_title_head_proposes_the_acronym_of_its_long_form(nlp):
    # seed abstract (tune2 set): "One More Step" is no name-like title head by itself
    facts = facts_of(nlp, "Our investigation leads to our proposal of an innovative and principled remedy, called "
                          "One More Step (OMS). OMS elevates image fidelity.",
                     title="One More Step: A Versatile Plug-and-Play Module for Rectifying Diffusion Schedule Flaws")
    assert ("OMS", True) in {(m.name, m.proposed) for m in facts.methods}


def test_entities_a_longer_lexicon_task_around_an_acronyms_long_form_stays(nlp):
    # seed abstract (tune2 set): "(RL)" defines "reinforcement learning", the task is the longer one
    facts = facts_of(nlp, "Future- or return-conditioned supervised learning is an emerging paradigm for offline "
                          "reinforcement learning (RL), where the future outcome is used as input to a policy.")
    assert "offline reinforcement learning" in {t.name for t in facts.tasks}


@pytest.mark.parametrize("sentence, not_method, task", [
    # corpus 1905.01662: the acronym after "for" is the task the framework addresses
    ("This paper presents a General End-to-end Two-dimensional CNN (GETNET) framework for hyperspectral image "
     "change detection (HSI-CD).", "HSI-CD", "HSI-CD"),
    # a field acronym names no method, and a lexicon task around an acronym's long form stays
    ("Recent advances in machine learning (ML) have changed offline reinforcement learning (RL). We study RL "
     "agents.", "machine learning", "offline reinforcement learning"),
])
def test_entities_an_acronym_that_names_a_task_or_field(nlp, sentence, not_method, task):
    facts = facts_of(nlp, sentence)
    assert not_method not in {m.name for m in facts.methods}
    assert task in {t.name for t in facts.tasks}


def test_entities_a_plural_acronym_merges_with_its_singular(nlp):
    # seed abstract (tune2 set)
    facts = facts_of(nlp, "It consists of two components: the gating mechanism (GM) that controls early-exiting "
                          "decisions and the intermediate inference modules (IMs). The GMs and the IMs are decoupled.")
    by_name = {m.name: m for m in facts.methods}
    assert {"GM", "IM"} <= set(by_name) and "GMs" not in by_name
    assert len(by_name["GM"].mentions) == 3




def test_entities_an_acronym_of_a_unit_that_is_a_method_stays_a_method(nlp):
    # corpus phrasing: "unit" names architectures too, so it is no head of a thing of no kind
    facts = facts_of(nlp, "We encode the sequence with a Gated Recurrent Unit (GRU) and decode it with an LSTM.")
    assert "GRU" in {m.name for m in facts.methods}


def test_entities_words_of_an_acronyms_long_form_elsewhere_are_no_methods(nlp):
    # tune2 seed abstract: the title's "rAnked", "FineTuning" are words of RAFT's long form; a name
    # said on its own in the abstract stays ("GraphSAGE" of "GraphSAGE Attention Network (GSAN)")
    facts = facts_of(nlp, "To this end, we introduce a new framework, Reward rAnked FineTuning (RAFT), designed to "
                          "align generative models more effectively.",
                     title="RAFT: Reward rAnked FineTuning for Generative Foundation Model Alignment")
    assert [m.name for m in facts.methods] == ["RAFT"]
    facts = facts_of(nlp, "We build the GraphSAGE Attention Network (GSAN). GraphSAGE alone fails.")
    assert {m.name for m in facts.methods} == {"GSAN", "GraphSAGE"}


@pytest.mark.parametrize("text, not_methods", [
    # corpus 1904.02883-like sentences: generic model acronyms, sensors and imaging modalities
    ("A deep neural network (DNN) is trained with Adam on LiDAR and GPS data from an UAV.", {"DNN", "LiDAR", "GPS", "UAV"}),
    ("Light Detection and Ranging (LiDAR) point clouds are segmented with PointNet.", {"LiDAR", "Light Detection"}),
    # "named entity recognition" is a task, not something "named" by the paper
    ("BioBERT outperforms them on biomedical named entity recognition and relation extraction.",
     {"entity recognition"}),
    # an acronym's plural, imaging modalities, robots, formats and languages (corpus-judged round)
    ("PointNet fuses LiDARs on the PR2 robot and segments T1-weighted MR images stored as MIDI.",
     {"LiDARs", "PR2", "T1-weighted", "MR", "T1-weighted MR", "MIDI"}),
    ("U-Net segments brain MR images and MR scans.", {"MR"}),
    ("We propose an E2E model with English wordpieces and compare it with BERT on a ROC curve.",
     {"English", "E2E", "ROC"}),
    # tune6 / corpus: significance tests, places and devices
    ("U-Net beats FCN (Wilcoxon signed-rank test, McNemar's test, ANOVA) on scans from North America.",
     {"Wilcoxon signed-rank test", "McNemar's", "ANOVA", "North America"}),
    ("BERT runs on a Raspberry Pi and answers Amazon Mechanical Turk workers on the Internet of Things.",
     {"Raspberry Pi", "Amazon Mechanical Turk", "Internet of Things"}),
])
def test_entities_generic_acronyms_and_sensors_are_no_methods(nlp, text, not_methods):
    names = {m.name for m in facts_of(nlp, text).methods}
    assert names and not names & not_methods


def test_entities_a_name_a_dataset_cue_types_is_a_dataset_in_every_mention(nlp):
    # corpus 1902.07891: a cue makes HUST-LEBW a dataset; its later bare mention is no method
    facts = facts_of(nlp, "A labelled eyeblink in the wild dataset (i.e., HUST-LEBW) of 673 video samples is built. "
                          "The experiments on HUST-LEBW reveal the superiority of our approach.")
    assert [(d.name, len(d.mentions)) for d in facts.datasets] == [("HUST-LEBW", 2)]
    assert "HUST-LEBW" not in {m.name for m in facts.methods}


@pytest.mark.parametrize("title, datasets", [
    # corpus 1905.09483, 1903.06901: a title capitalises every word; a name before its cue must look like one
    ("Towards Generation and Evaluation of Comprehensive Mapping Robot Datasets", []),
    ("Question Relatedness on Stack Overflow: The Task, Dataset, and Corpus-inspired Models", []),
    ("The MGB-2 Challenge: Arabic Multi-Dialect Broadcast Media Recognition", ["MGB-2"]),
])
def test_entities_a_dataset_name_in_a_title_must_look_like_a_name(nlp, title, datasets):
    facts = facts_of(nlp, "We describe the data and the baselines.", title=title)
    assert [d.name for d in facts.datasets] == datasets


def test_entities_a_citation_is_no_part_of_a_dataset_name(nlp):
    # corpus 1808.04018
    facts = facts_of(nlp, "We evaluate our method on five crowded video sequences from the UCY [1] and ETH [2] datasets.")
    assert [d.name for d in facts.datasets] == ["UCY", "ETH"]


@pytest.mark.parametrize("text, methods, datasets", [
    # corpus 1711.10212: plain-word definitions in the proposal's sentence are no proposed methods
    ("We present a method to address the segmentation of infant brain images into white matter (WM), gray "
     "matter (GM), and cerebrospinal fluid (CSF).", [], []),
    # corpus 1906.06916: an acronym before "dataset" names a dataset
    ("We further construct a much larger drug-target interaction extraction (DTIE) dataset by distant supervision.",
     [], ["DTIE"]),
    # a proper name of the proposal stays proposed
    ("We present a novel algorithm for Fast Registration Of image Groups (FROG), applied to 3D image groups.",
     [("FROG", True)], []),
])
def test_entities_definitions_in_a_proposal_sentence(nlp, text, methods, datasets):
    facts = facts_of(nlp, text)
    assert [(m.name, m.proposed) for m in facts.methods] == methods
    assert [d.name for d in facts.datasets] == datasets


@pytest.mark.parametrize("text, metrics", [
    # corpus 1903.02728, 1809.10326, 1804.00644: a measure a model is trained on is no metric of the paper
    ("Such pipelines, trained with only a cross entropy loss over predicate classes, suffer from errors.", []),
    ("When the trust region is constructed by KL divergence constraints, the policy generates better samples.", []),
    ("The student is optimized to minimize the Kullback-Leibler divergence between the two models.", []),
    # an accuracy loss is a drop in a metric; a test loss and a measured divergence are metrics
    ("The compression comes with less than 3% accuracy loss.", ["accuracy"]),
    ("Our model reaches a KL divergence of 0.12 and a lower test loss.", ["KL divergence", "test loss"]),
    ("The model reaches an MSE loss of 0.021 on the test set.", ["MSE"]),
    ("Our scheduler minimizes the latency by 35% compared with the default scheduler.", ["latency"]),
])
def test_entities_a_loss_a_model_is_trained_on_is_no_metric(nlp, text, metrics):
    assert [m.name for m in facts_of(nlp, text).metrics] == metrics


def test_entities_a_dataset_the_title_introduces_is_no_proposed_method_in_the_abstract(nlp):
    facts = facts_of(nlp, "We introduce MinAtar to the community.",
                     title="MinAtar: An Atari-inspired Testbed for More Efficient Reinforcement Learning Experiments")
    assert facts.methods == () and facts.datasets[0].name == "MinAtar" and len(facts.datasets[0].mentions) == 2


@pytest.mark.parametrize("title, text, dataset", [
    # tune10 (1907.01669): a title's name that the abstract calls "this new ... dataset"; a version of a
    # lexicon dataset is one of its own
    ("MultiWOZ 2.1: Multi-Domain Dialogue State Corrections and State Tracking Baselines",
     "We then benchmark a number of models on this new MultiWOZ 2.1 dataset and show performance.", "MultiWOZ 2.1"),
    # corpus 1903.00473: "the PEA265 database"
    ("PEA265: Perceptual Assessment of Video Compression Artifacts",
     "The database, namely the PEA265 database, includes 6 types of artifacts.", "PEA265"),
])
def test_entities_a_title_name_the_abstract_calls_a_dataset_is_one(nlp, title, text, dataset):
    facts = facts_of(nlp, text, title=title)
    assert dataset in [d.name for d in facts.datasets] and dataset not in [m.name for m in facts.methods]


def test_entities_a_year_edition_of_a_named_dataset_is_no_proposed_method(nlp):
    # corpus 1906.04591: "our system for DCASE 2019" names the challenge's edition, not a method
    facts = facts_of(nlp, "In this paper, we present DCASE 2019 results on the DCASE dataset.",
                     title="DCASE 2019: Sound Event Localization")
    assert not [m.name for m in facts.methods if m.proposed]


def test_entities_a_framework_benchmarked_on_datasets_stays_a_method(nlp):
    # corpus 1902.08646: "We benchmark OpenKiwi on two datasets" uses "benchmark" as a verb
    facts = facts_of(nlp, "We benchmark OpenKiwi on two datasets from WMT 2018.",
                     title="OpenKiwi: An Open Source Framework for Quality Estimation")
    assert "OpenKiwi" in [m.name for m in facts.methods if m.proposed]


@pytest.mark.parametrize("text, datasets, methods", [
    # a sensor or modality after a dimension is no method either; MR and CR in a list of benchmarks are datasets
    ("We segment 3D-MRI volumes and 3D-CT scans with U-Net.", [], ["U-Net"]),
    # (not "MR, CR, ...": "MR" names magnetic resonance, not_names.txt, so the Movie Review set is lost)
    ("Experiments on MPQA, CR, SST-2 and TREC show that our model is better.", ["MPQA", "CR", "SST-2", "TREC"], []),
    # a counted list names lexicon methods as methods
    ("On three public benchmark datasets, BERT and RoBERTa are outperformed by our model.", [], ["BERT", "RoBERTa"]),
])
def test_entities_names_the_fifth_round_must_not_retype(nlp, text, datasets, methods):
    facts = facts_of(nlp, text)
    assert [d.name for d in facts.datasets] == datasets and [m.name for m in facts.methods] == methods


@pytest.mark.parametrize("title, abstract, method", [
    ("A CNN-Based Approach for Polyp Detection in Colonoscopy", "We evaluate it on two benchmarks.", "CNN"),
    ("Flow-Guided Distillation for Video Object Detection", "We propose Flow-Guided Distillation.",
     "Flow-Guided Distillation"),
])
def test_entities_a_capitalised_based_is_cut_only_after_a_name(nlp, title, abstract, method):
    assert method in {m.name for m in facts_of(nlp, abstract, title=title).methods}


def test_entities_a_naming_cue_before_a_determiner_names_nothing(nlp):
    # corpus 1906.10165: 'whom we call the "prime" agent' named a method "the"
    facts = facts_of(nlp, 'A helper maximizes the reward of another agent, whom we call the "prime" agent.')
    assert not facts.methods


def test_entities_the_long_form_of_a_title_name_is_no_second_method(nlp):
    # corpus 1908.07410: "Video Similarity Learning" spells ViSiL's capitals
    facts = facts_of(nlp, "In this paper we introduce ViSiL, a Video Similarity Learning architecture for retrieval.",
                     title="ViSiL: Fine-grained Spatio-Temporal Video Similarity Learning")
    assert {(m.name, m.proposed) for m in facts.methods} == {("ViSiL", True)}


def test_entities_the_start_of_a_cue_datasets_name_is_that_dataset(nlp):
    # corpus 1906.03786: the second mention drops the dataset's lowercase words
    facts = facts_of(nlp, "BDNet is trained using ISI Bengali handwritten numeral dataset. It reaches 99.65% "
                          "accuracy on test data of ISI Bengali handwritten numerals.")
    assert "ISI Bengali" not in {m.name for m in facts.methods}
    assert [d.name for d in facts.datasets] == ["ISI Bengali handwritten numeral"]
    assert [(r.value, r.dataset) for r in facts.results] == [(99.65, "ISI Bengali")]  # the mention as written


def test_entities_no_task_inside_a_lexicon_method(nlp):
    facts = facts_of(nlp, "The distributed model predictive control scheme is fast for bipedal locomotion.")
    assert "MPC" in {m.name for m in facts.methods}
    assert "predictive control" not in {t.name for t in facts.tasks}


def test_entities_a_latex_f1_is_the_f1_metric(nlp):
    facts = facts_of(nlp, "Our best model achieves an $F_1$ score of 0.95 for the binary classification task.")
    assert [m.name for m in facts.metrics] == ["F1"]
    assert [(r.metric, r.raw) for r in facts.results] == [("F1", "0.95")]


@pytest.mark.parametrize("text, dataset", [
    # corpus-judged: a challenge's or benchmark's edition, "NAME 2019" / "NAME2018", is no method
    ("Our system ranked 3rd in the DCASE 2019 challenge.", "DCASE"),
    ("The model was evaluated in the ASVSpoof2019 evaluation.", "ASVSpoof2019"),
])
def test_entities_a_name_ending_in_a_year_is_a_dataset(nlp, text, dataset):
    facts = facts_of(nlp, text)
    assert not facts.methods and dataset in {d.name for d in facts.datasets}


def test_entities_a_years_edition_of_a_named_dataset_is_that_dataset(nlp):
    facts = facts_of(nlp, "We evaluate on the BraTS 2017 dataset. On BraTS2018 we obtain Dice scores of 77.88 and 87.81.")
    assert [d.name for d in facts.datasets] == ["BraTS"]
    assert [(r.raw, r.dataset) for r in facts.results] == [("77.88", "BraTS2018"), ("87.81", "BraTS2018")]


def test_entities_a_sentences_first_word_before_dataset_is_no_name(nlp):
    # corpus-judged: "Extensive datasets ...", "Codes and datasets" (44 corpus "datasets", none right);
    # an unknown one-word name may open a sentence too ("Reddit dataset")
    facts = facts_of(nlp, "Large-scale datasets are rare. Extensive datasets from CIFAR-10 are used. "
                          "MNIST dataset is small. Reddit dataset contains 1M posts.")
    assert [d.name for d in facts.datasets] == ["CIFAR-10", "MNIST", "Reddit"]


def test_entities_the_tandem_detection_cost_is_a_metric(nlp):
    facts = facts_of(nlp, "Our system reduces the t-DCF by 71% and the EER by 75% on ASVspoof 2019.")
    assert [m.name for m in facts.metrics] == ["t-DCF", "EER"] and not facts.methods


@pytest.mark.parametrize("text, not_proposed", [
    # tune5-like: names after "such as" or "existing" in a proposal clause are examples
    ("We also present an evaluation of existing age prediction services, such as Amazon Rekognition "
     "and How-Old.net.", {"Amazon Rekognition"}),
    # a mathematician's adjective names no proposal
    ("We propose a Maximum a Posteriori approach by introducing a Dirichlet hyper-prior.", {"Dirichlet"}),
])
def test_entities_no_proposal_of_examples_or_adjectives(nlp, text, not_proposed):
    assert not {m.name for m in facts_of(nlp, text).methods if m.proposed} & not_proposed


@pytest.mark.parametrize("title, task", [
    ("Detecting Toxicity in News Articles: Application to Bulgarian", "toxicity detection"),
    ("Towards Predicting Links in Knowledge Graphs", "link prediction"),
    ("Forecasting Pedestrian Trajectories with Graph Networks", "pedestrian trajectory forecasting"),
    ("Detecting Arrhythmias in ECG Signals", "arrhythmia detection"),  # review: "-ias" plurals
    # corpus 1902.00702, 1904.08056: a gerund after a title's "for"
    ("Making a Case for Social Media Corpus for Detecting Depression", "depression detection"),
    ("DENet: A Universal Network for Counting Crowd with Varying Densities and Scales", "crowd counting"),
])
def test_entities_a_title_gerund_names_its_task(nlp, title, task):
    assert task in {t.name for t in facts_of(nlp, "We study the problem.", title=title).tasks}


@pytest.mark.parametrize("title", [
    "Generating Long and Coherent Text with Latent Variable Models",  # a coordinated object
    "Identifying Patient Groups based on Frequent Patterns",
    "Predicting GPT-4 Answers",  # a name is no task's object
])
def test_entities_no_title_gerund_task(nlp, title):
    assert not any(t.source == "pattern:title_gerund" for t in facts_of(nlp, "We study it.", title=title).tasks)


@pytest.mark.parametrize("title, task", [
    # corpus titles: "<noun> of <object>" names the task by the noun
    ("Automated Segmentation of Pulmonary Lobes using Coordination-Guided Deep Neural Networks",
     "pulmonary lobe segmentation"),
    ("Real-time Prediction of Automotive Collision Risk from Monocular Video", "automotive collision risk prediction"),
    ("Classification of Household Materials via Spectroscopy", "household material classification"),
    # review: a lexicon task at a title's start keeps its name; plurals in -ses; "Improving the ..."
    ("Semantic Segmentation of Aerial Images with Deep Networks", "semantic segmentation"),
    ("Speech Recognition of Children", "speech recognition"),
    ("Classification of Skin Diseases", "skin disease classification"),
    ("Improving the Detection of Small Objects", "small object detection"),
    # holdout3 (1902.06362): a Title Case "Using" ends the object too
    ("Automatic Segmentation of Pulmonary Lobes Using a Progressive Dense V-Network", "pulmonary lobe segmentation"),
])
def test_entities_a_title_noun_of_an_object_names_its_task(nlp, title, task):
    assert task in {t.name for t in facts_of(nlp, "We study the problem.", title=title).tasks}


@pytest.mark.parametrize("title", [
    "Clouds of Oriented Gradients for 3D Detection of Objects, Surfaces, and Indoor Scene Layouts",  # a list
    "Preventing the Generation of Inconsistent Sets of Classification Rules",
    "Weakly Supervised Semantic Segmentation of Satellite Images",  # the lexicon's task owns the noun
    "Classification of Multispectral Imagery Acquired by UAVs",
])
def test_entities_no_title_nominal_task(nlp, title):
    assert not any(t.source == "pattern:title_nominal" for t in facts_of(nlp, "We study it.", title=title).tasks)


@pytest.mark.parametrize("title, name", [
    # corpus titles that open with the model they propose, without a colon
    ("Gated Multiple Feedback Network for Image Super-Resolution", "Gated Multiple Feedback Network"),
    ("Min-Entropy Latent Model for Weakly Supervised Object Detection", "Min-Entropy Latent Model"),
])
def test_entities_a_title_opening_with_a_model_proposes_it(nlp, title, name):
    facts = facts_of(nlp, "We evaluate it on two benchmarks.", title=title)
    assert [(m.name, m.proposed) for m in facts.methods] == [(name, True)]


@pytest.mark.parametrize("title", [
    "A Deep Neural Network for Short-Segment Speaker Recognition",  # an article: a description
    "Generative Adversarial Network for Handwritten Text",  # a lexicon name
    "LSTM-based Network for Human Gait Stability Prediction",
    "Testing Deep Neural Network based Image Classifiers",
    # review: a lexicon name with fillers, two plain words
    "Deep Convolutional Neural Network for Image Denoising",
    "Novel Transformer Model for Translation",
    "Generative Model for Zero-Shot Learning",
])
def test_entities_no_title_model(nlp, title):
    facts = facts_of(nlp, "We evaluate it on two benchmarks.", title=title)
    assert not any(m.proposed for m in facts.methods)


def test_entities_a_name_after_two_dimensions_is_a_name(nlp):
    # tune6: "3D-2D-CNN-BLSTM" (not only "3D-SGRL")
    facts = facts_of(nlp, "In this work, we propose a simpler architecture of 3D-2D-CNN-BLSTM network.")
    assert [(m.name, m.proposed) for m in facts.methods] == [("3D-2D-CNN-BLSTM", True)]


def test_entities_a_title_model_is_the_acronym_its_abstract_defines(nlp):
    # tune4: the title's long form and the abstract's "(GAC)" are one entity, named GAC
    facts = facts_of(nlp, "We propose a novel Generative Adversarial Classifier (GAC) for character recognition. "
                          "GAC improves accuracy by 10%.",
                     title="Generative Adversarial Classifier for Handwriting Characters Super-Resolution")
    assert [(m.name, m.proposed) for m in facts.methods] == [("GAC", True)]
    assert [r.method for r in facts.results] == ["GAC"]


def test_entities_our_unknown_names_are_proposed(nlp):
    # tune3: "our SiamFC+ and SiamRPN+ obtain ...": names no lexicon knows after a plain "our"
    facts = facts_of(nlp, "Experiments show that our SiamFC+ and SiamRPN+ obtain up to 9.8% relative "
                          "improvements over SiamFC on OTB-15.")
    assert {m.name: m.proposed for m in facts.methods} == {"SiamFC+": True, "SiamRPN+": True, "SiamFC": False}


@pytest.mark.parametrize("text, name", [
    ("Accuracy rises when training is augmented by our new QS-OCR text dataset.", "QS-OCR"),  # data
    ("Our TTR-based reward function provides informative rewards.", "TTR"),  # a part of something else
])
def test_entities_our_data_or_parts_are_no_proposals(nlp, text, name):
    assert not any(m.name == name and m.proposed for m in facts_of(nlp, text).methods)


def test_entities_a_benchmark_name_absorbs_a_method_of_its_name(nlp):
    # corpus (judged): "the NIST SRE 2016 eval test ... SRE 2018 dev test" made SRE a method
    facts = facts_of(nlp, "Gains are shown on the NIST SRE 2016 eval test and the SRE 2018 dev test.")
    # (and, since session 16, "NIST SRE 2016" is a dataset too, not the metric NIST: two editions, as annotated)
    assert not facts.methods and [d.name for d in facts.datasets] == ["NIST SRE", "SRE"]


@pytest.mark.parametrize("title, abstract, tasks", [
    ("Action Classification and Detection in Videos", "We study it.", {"action classification", "action detection"}),
    ("", "We track objects for multi-object detection and tracking in videos.",
     {"multi-object detection", "multi-object tracking"}),
])
def test_entities_a_second_task_head_shares_the_first_ones_modifiers(nlp, title, abstract, tasks):
    assert tasks <= {t.name for t in facts_of(nlp, abstract, title=title or None).tasks}


def test_entities_an_author_before_et_al_is_no_method(nlp):
    facts = facts_of(nlp, "We build on the Transformer of Vaswani et al. and compare with LeCun et al. on MNIST.")
    assert {m.name for m in facts.methods} == {"Transformer"}


@pytest.mark.parametrize("text, name", [
    # tune3/tune4-like proposals the proposal verbs miss
    ("An end-to-end multi-task network (MTN) is designed to perform human detection.", "MTN"),
    ("A multi-task network (MTN) is proposed in this paper for pose tracking.", "MTN"),
    ("Results validate that the proposed ST-ConvLSTM model produces a Dice score of 83.2%.", "ST-ConvLSTM"),
    ("The proposed method, RegNet, is evaluated on multiple databases.", "RegNet"),
    ("Our proposed BFA utilizes a progressive search.", "BFA"),
])
def test_entities_passive_and_the_proposed_name_a_proposal(nlp, text, name):
    assert (name, True) in {(m.name, m.proposed) for m in facts_of(nlp, text).methods}


def test_entities_the_proposed_plain_word_is_no_name(nlp):
    facts = facts_of(nlp, "The proposed Maximum a Posteriori estimation increases the accuracy by 2.8%.")
    assert "Maximum" not in {m.name for m in facts.methods}


def test_entities_word_embeddings_are_a_task_only_in_the_title(nlp):
    # judged corpus tasks (two rounds): "word embeddings" in an abstract is an input, not the task
    facts = facts_of(nlp, "We classify tweets with word embeddings and an LSTM for sentiment analysis.")
    assert "word embedding" not in {t.name for t in facts.tasks}
    titled = facts_of(nlp, "We evaluate them.", title="Evaluating Word Embeddings for Analogies")
    assert "word embedding" in {t.name for t in titled.tasks}


@pytest.mark.parametrize("text, name, proposed", [
    # review of session 9: earlier work and non-methods are no passive proposals
    ("The proposed LSTM of Hochreiter is simple; we use it.", "LSTM", False),
    ("We present an evaluation of object detectors, e.g., YOLOv3 and RetinaNet, on drone images.", "RetinaNet", False),
])
def test_entities_no_proposal_of_earlier_or_known_methods(nlp, text, name, proposed):
    assert (name, proposed) in {(m.name, m.proposed) for m in facts_of(nlp, text).methods}


@pytest.mark.parametrize("text", [
    "Acute kidney injury (AKI) is developed in 20% of ICU patients.",
    "Locality preserving hashing (LPH) is proposed by Smith et al. We improve it.",
])
def test_entities_no_passive_proposal_of_a_condition_or_earlier_work(nlp, text):
    assert not any(m.proposed for m in facts_of(nlp, text).methods)


def test_entities_venues_with_their_year_are_no_names(nlp):
    facts = facts_of(nlp, "The results were presented at ECCV2020 and NeurIPS 2019 on an RTX A2000 GPU.")
    assert not facts.datasets and not {"ECCV2020", "NeurIPS"} & {m.name for m in facts.methods}


@pytest.mark.parametrize("title, task", [
    ("Detecting Biases in Word Vectors", "bias detection"),
    ("Forecasting Sales with Deep Networks", "sales forecasting"),
    ("Predicting Crises from News", "crisis prediction"),
])
def test_entities_a_title_gerunds_object_in_the_singular(nlp, title, task):
    assert task in {t.name for t in facts_of(nlp, "We study it.", title=title).tasks}


def test_entities_no_shared_modifier_task_from_a_method(nlp):
    facts = facts_of(nlp, "We use model predictive control and estimation for walking robots.")
    assert "predictive estimation" not in {t.name for t in facts.tasks}


def test_entities_a_lexicon_entity_carries_the_lexicons_aliases(nlp):
    # tune5: "Caltech-UCSD Birds 2011-200" is CUB-200-2011, which answers to "Caltech-UCSD Birds" too
    facts = facts_of(nlp, "It outperforms them on Stanford Dogs 120, Caltech-UCSD Birds 2011-200 and Caltech 256.")
    cub = next(d for d in facts.datasets if d.name == "CUB-200-2011")
    assert {"Caltech-UCSD Birds", "CUB"} <= set(cub.aliases)


@pytest.mark.parametrize("text", [
    # tune6: "on Instagram in Kenya in March 2019" named a dataset by its year
    "Cakes were the most popular foods on Instagram in Kenya in March 2019. We test on DCASE 2019.",
    # corpus (judged): "SR workloads pose a challenge" named a dataset "SR workloads pose a"
    "The memory requirements of SR workloads pose a challenge in mapping SR networks. We test on the DCASE challenge.",
    # tune7: "APcNER is a French corpus" named a dataset "APcNER is a French"
    "We test on the DCASE challenge. APcNER is a French corpus for clinical NER.",
])
def test_entities_a_date_or_a_clause_is_no_dataset(nlp, text):
    assert [d.name for d in facts_of(nlp, text).datasets] == ["DCASE"]


def test_entities_a_names_expansion_in_parentheses_is_no_method(nlp):
    # tune6: "BioBERT (Bidirectional Encoder Representations from Transformers for ...)"
    facts = facts_of(nlp, "We introduce BioBERT (Bidirectional Encoder Representations from Transformers for "
                          "Biomedical Text Mining), a domain-specific language representation model.")
    assert "Bidirectional Encoder Representations" not in {m.name for m in facts.methods}


def test_entities_a_title_model_and_its_plural_acronym_are_one(nlp):
    facts = facts_of(nlp, "We propose Dual Attention Networks (DANet) to capture context.",
                     title="Dual Attention Network for Scene Segmentation")
    assert [(m.name, m.proposed) for m in facts.methods] == [("DANet", True)]


def test_entities_our_data_and_studies_are_no_proposals(nlp):
    facts = facts_of(nlp, "In our MTurk study, workers agree. Our KorQX training data are public.")
    assert not any(m.proposed for m in facts.methods)


def test_entities_an_acronyms_lexicon_entity_keeps_the_lexicons_aliases(nlp):
    facts = facts_of(nlp, "We evaluate on Caltech-UCSD Birds (CUB) and reach 80% accuracy.")
    assert {"CUB-200-2011", "Caltech-UCSD Birds"} <= set(facts.datasets[0].aliases)


@pytest.mark.parametrize("text", [
    # corpus 2019: a letter of a formula or a sample size is no method (21 such names in the corpus at 57208ad)
    "We present a $O(\\log \\rho)$ approximation algorithm for the problem.",
    "We propose an equivalent form of the above computation, $(\\alpha_1 W_1 + \\ldots + \\alpha_n W_n) * x$, "
    "which requires only a single convolution.",
    "In this paper we first contribute a large scale online study (N=400) to better understand aesthetics.",
])
def test_entities_a_variable_is_no_name(nlp, text):
    assert not facts_of(nlp, text).methods


def test_entities_a_citations_authors_are_no_names(nlp):
    # tune7 and corpus 2019 (8 datasets and 3 methods at 57208ad were authors of a citation)
    facts = facts_of(nlp, "We evaluate on the Penn Treebank (PTB, Marcus et al. 1993) and on ICDAR 2013 (Jia and "
                          "Liang, 2017). The MNIST dataset (LeCun, Cortes, and Burges, 2010) is used.")
    assert [d.name for d in facts.datasets] == ["PTB", "ICDAR", "MNIST"]
    assert not facts.methods


def test_entities_a_problem_cast_as_another_task_is_a_framing(nlp):
    # tune7 and corpus 1903.11306: the framing task is how the problem is solved, not the task
    facts = facts_of(nlp, "In this paper, we view reverse engineering as a machine translation task. We formulate "
                          "face clustering as a link prediction problem.")
    assert not {"machine translation", "link prediction"} & {t.name for t in facts.tasks}


@pytest.mark.parametrize("text, methods", [
    # review: names before a year in parentheses without a comma are no citation
    ("Our model outperforms PointRCNN and STD (2019) on the KITTI benchmark.", ["PointRCNN", "STD"]),
])
def test_entities_names_before_a_bare_year_stay_names(nlp, text, methods):
    assert [m.name for m in facts_of(nlp, text).methods] == methods


def test_entities_a_tasks_metrics_keep_the_task(nlp):
    # review: "(LMD) metrics" are metrics for the task; "the ... (CorLoc) measure" is one
    facts = facts_of(nlp, "We follow the common lane marking detection (LMD) metrics used on TuSimple.")
    assert "LMD" not in {m.name for m in facts.metrics}


def test_entities_average_precision_at_any_threshold_is_a_metric(nlp):
    # tune6 1809.08545: "AP90" was a method
    facts = facts_of(nlp, "Our method improves the AP90 of ResNet-50 by 6.2% and the AP75 by 2.1% on MS-COCO.")
    assert [m.name for m in facts.metrics] == ["AP90", "AP75"]
    assert [m.name for m in facts.methods] == ["ResNet"]


@pytest.mark.parametrize("text, variants", [
    # tune7 1904.04446 and corpus 1908.01314: a proposed method's hyphenated variants are proposed too
    ("We propose HiGRU. We promote the framework to two variants, HiGRU with individual features fusion (HiGRU-f) and "
     "HiGRU with self-attention and features fusion (HiGRU-sf).", {"HiGRU", "HiGRU-sf"}),
    ("We propose MoGA, a mobile GPU-aware search. MoGA-A achieves 75.9% top-1 accuracy on ImageNet.",
     {"MoGA", "MoGA-A"}),
])
def test_entities_variants_of_a_proposed_method_are_proposed(nlp, text, variants):
    assert variants <= {m.name for m in facts_of(nlp, text).methods if m.proposed}


def test_entities_a_method_named_like_a_proposed_one_without_a_hyphen_is_not_its_variant(nlp):
    facts = facts_of(nlp, "We propose GPT, a language model. It is compared with GPTQ.")
    assert "GPTQ" not in {m.name for m in facts.methods if m.proposed}


@pytest.mark.parametrize("text, not_proposed", [
    # review of session 12: a known method or one compared with is no variant of the proposed one
    ("We propose ST, a spatio-temporal model. ST outperforms ST-GCN by 2.1% on NTU RGB+D.", "ST-GCN"),
    ("We propose DAN, a new network. DAN beats DAN-MMD and DANN on Office-31.", "DAN-MMD"),
])
def test_entities_a_known_or_compared_method_is_no_proposed_variant(nlp, text, not_proposed):
    assert not_proposed not in {m.name for m in facts_of(nlp, text).methods if m.proposed}


def test_entities_bare_top_k_names_its_accuracy(nlp):
    # review: "top-3" alone, as "top-1" and "top-5" are
    facts = facts_of(nlp, "Our model achieves 91.4% top-2 accuracy and 95.1% top-3 on the test set.")
    assert [(r.metric, r.value) for r in facts.results] == [("top-2 accuracy", 91.4), ("top-3", 95.1)]


def test_entities_a_jaccard_distance_is_no_similarity(nlp):
    # review: the bare alias "Jaccard" must not make a distance a similarity (lower is better)
    metrics = facts_of(nlp, "We report a Jaccard distance of 0.12 on the test images.").metrics
    assert [(m.name, m.higher_is_better) for m in metrics] == [("Jaccard distance", False)]


@pytest.mark.parametrize("text, title, datasets", [
    # tune11 set (arXiv 1906.03088): one task of a benchmark's edition is a benchmark of its own
    # (the lexicon lists it since session 16, as "SemEval-2010 Task 8"; the pattern finds the others)
    ("We evaluate on the TACRED and SemEval 2010 Task 8 datasets.", None, {"TACRED", "SemEval-2010 Task 8"}),
    # tune9 set (arXiv 1908.06931): shared tasks; the title's "SIGMORPHON 2019" is the abstract's shared task
    ("We present our contribution to the SIGMORPHON 2019 Shared Task: Crosslinguality and Context in Morphology. "
     "We submitted a modification of the UDPipe 2.0, one of best-performing systems of the CoNLL 2018 Shared Task.",
     "UDPipe at SIGMORPHON 2019: Contextualized Embeddings, Regularization with Morphological Categories",
     {"SIGMORPHON 2019 Shared Task", "CoNLL 2018 Shared Task"}),
    # tune4 set (arXiv 1905.01962): the abstract's bare "SemEval" is the title's task
    ("Using a subset of hand-labeled articles from SemEval as a validation set, we test BERT models.",
     "Harvey Mudd College at SemEval-2019 Task 4: The Clint Buchanan Hyperpartisan News Detector",
     {"SemEval-2019 Task 4"}),
    # tune8 set (arXiv 1902.07821): "NIST" of "NIST SRE 2016" is no metric there
    ("Experiments are conducted on the NIST SRE 2016 evaluation set.", None, {"NIST SRE"}),
])
def test_entities_a_task_of_a_benchmark_edition(nlp, text, title, datasets):
    facts = facts_of(nlp, text, title=title)
    assert {d.name for d in facts.datasets} == datasets
    assert not {m.name for m in facts.methods} & {"SIGMORPHON", "Shared Task"}
    assert "NIST" not in {m.name for m in facts.metrics}


@pytest.mark.parametrize("sentence, not_metric", [
    # corpus 1902.10127, 1805.07588, 1804.08208: a model's setting or inner quantity before "rate" or
    # "score" is no metric (cues.json: setting_modifiers)
    ("In this paper, we propose a deep neural network that uses dilated convolutions with different dilation rates "
     "instead of standard convolution helping to capture more contextual information in fewer layers.",
     "dilation rate"),
    ("Theoretically, we analyze the convergence rate for convex and non-convex models.", "convergence rate"),
    ("The target is localized on the peak of the optimal confidence score map.", "confidence score"),
])
def test_entities_a_setting_before_rate_or_score_is_no_metric(nlp, sentence, not_metric):
    assert not_metric not in {m.name for m in facts_of(nlp, sentence).metrics}


def test_entities_a_measure_before_score_stays_a_metric(nlp):
    # corpus 1904.09348: "relation" is no setting; the score is measured
    facts = facts_of(nlp, "These methods achieve significantly higher performance over existing work (69.0% vs "
                          "51.2% in relation score metric).")
    assert "relation score" in {m.name for m in facts.metrics}


def test_entities_iris_is_a_dataset_only_when_written_as_one(nlp):
    # corpus 1901.01708, 1902.08123: iris recognition is about eyes; "the Iris dataset" is Fisher's flowers
    facts = facts_of(nlp, "Post-mortem Iris Recognition with Deep-Learning-based Image Segmentation is hard.")
    assert not facts.datasets
    facts = facts_of(nlp, "We evaluate the classifier on the Iris dataset.")
    assert [d.name for d in facts.datasets] == ["Iris flower dataset"]


def test_entities_automatic_is_no_part_of_a_task(nlp):
    # holdout3 (1902.06362), corpus 1902.09385: "automatic" says how, not what; "automated driving" is
    # a name of autonomous driving
    facts = facts_of(nlp, "Reliable and automatic segmentation of lung lobes is important. Automatic license plate "
                          "recognition is studied for automated driving.",
                     title="Automatic Segmentation of Pulmonary Lobes Using a Progressive Dense V-Network")
    assert {t.name for t in facts.tasks} == {"pulmonary lobe segmentation", "license plate recognition",
                                             "autonomous driving"}


@pytest.mark.parametrize("abstract, title, absent, present", [
    # holdout6 (1907.08020), tune8 (1902.11128): a task the paper uses as a tool is not one it addresses
    ("We used transfer learning from ImageNet with a fine-tuning on the whole OAI dataset.",
     "Deep Learning for Knee Osteoarthritis Classification", "transfer learning", "knee osteoarthritis classification"),
    ("The CNNs are trained end-to-end via transfer learning.",
     "FixyNN: Efficient Hardware for Mobile Computer Vision via Transfer Learning", "transfer learning", None),
    # but one it studies stays: said once without a cue of use
    ("Active learning selects the examples to label. We apply active learning to new domains.",
     "Active Learning for New Domains in Natural Language Understanding", None, "active learning"),
])
def test_entities_a_task_used_as_a_tool_is_no_task(nlp, abstract, title, absent, present):
    tasks = {t.name for t in facts_of(nlp, abstract, title=title).tasks}
    assert absent not in tasks
    assert present is None or present in tasks


@pytest.mark.parametrize("sentence, task", [
    # tune11, holdout10: a singular in -is or -us qualifies a task ("osteoarthritis", "hippocampus"); a plural does not
    ("We study knee osteoarthritis progression prediction from radiographs.", "knee osteoarthritis progression prediction"),
    ("We study hippocampus segmentation in MRI.", "hippocampus segmentation"),
    ("We study the prediction versus scene classification.", "scene recognition"),  # (the lexicon's name)
])
def test_entities_a_singular_in_is_or_us_qualifies_a_task(nlp, sentence, task):
    assert task in {t.name for t in facts_of(nlp, sentence).tasks}


def test_entities_a_disease_acronym_is_no_method(nlp):
    # holdout5 (1903.06909), corpus 1902.09904: a disease is of no kind kg extracts (heads.json: none);
    # holdout11 (1902.05414): but a dataset cue after it makes it data
    facts = facts_of(nlp, "We detect Age-related Macular Degeneration (AMD) and Diabetic Macular Edema (DME) in OCT "
                          "scans. Patients with Alzheimer's Disease (AD) were scanned.")
    assert not facts.methods
    facts = facts_of(nlp, "We use one publicly available human mamma carcinoma (HMC) dataset.")
    assert [d.name for d in facts.datasets] == ["HMC"]


def test_a_mixed_case_acronym_has_a_plural_matched_as_written(nlp):
    # holdout5 (1812.01593): "mIoUs" is the metric mIoU (it was read as a method); "CycleGANs" the method
    facts = facts_of(nlp, "Our model achieves state-of-the-art mIoUs of 83.5% on Cityscapes. We compare CycleGANs.")
    assert "mIoU" in {m.name for m in facts.metrics} and "CycleGAN" in {m.name for m in facts.methods}
    assert [(r.metric, r.value) for r in facts.results] == [("mIoU", 83.5)]
    # but a plural that lowercases to a word matches only as written: "glass" is not the GlaS dataset
    facts = facts_of(nlp, "We segment glass objects and the glands of the GlaS challenge.")
    assert [d.text for d in facts.datasets[0].mentions] == ["GlaS"]


def test_entities_a_capitalised_dataset_cue_is_an_alias_of_the_name(nlp):
    # holdout6 (1805.06066), holdout9 (1809.10699): "the Active Vision Dataset" is the dataset's name as
    # written; the entity keeps the bare name, and a lowercase cue ("the CIFAR-10 dataset") adds nothing
    facts = facts_of(nlp, "The policy can be applied to real non-synthetic environments as demonstrated on the Active "
                          "Vision Dataset [1]. We also report results on the CIFAR-10 dataset.")
    by_name = {d.name: d for d in facts.datasets}
    assert "Active Vision Dataset" in by_name["Active Vision"].aliases
    assert not any("dataset" in a for a in by_name["CIFAR-10"].aliases)


@pytest.mark.parametrize("abstract, proposed, not_proposed", [
    # holdout (7a42994c2c), holdout7 (1907.09160): "a novel <long form> (ACR)" brings a new name, and so
    # does the next one of its list
    ("This goal is achieved by a novel SubEquivariant Transformer (SET) that permits expressive message exchange.",
     {"SET"}, set()),
    ("ELBPTOP consists of three complementary binary descriptors: LBPTOP and two novel ones Radial Difference LBPTOP "
     "(RDLBPTOP) and Angular Difference LBPTOP (ADLBPTOP).", {"RDLBPTOP", "ADLBPTOP"}, set()),
    # holdout9 (1906.07347), holdout10 (1907.11474): the parts our method consists of are ours
    ("The proposed network, referred to as SRSCN, comprises a shape reconstruction neural network (SRNN) and a "
     "spatial constraint network (SCN).", {"SRNN", "SCN"}, set()),
    ("The core components of our architecture are the Long-skip Refinement Module (LRM) and the Multi-scale Contexts "
     "Integration Module (MCIM).", {"MCIM"}, set()),
    # corpus 1904.06882: not a part taken from others
    ("For dense matching our approach utilizes a modified version of a recently proposed dense geometric "
     "correspondence network (DGC-Net).", set(), {"DGC-Net"}),
])
def test_entities_a_novel_acronym_or_a_part_of_ours_is_proposed(nlp, abstract, proposed, not_proposed):
    methods = {m.name: m.proposed for m in facts_of(nlp, abstract).methods}
    assert all(methods.get(n) for n in proposed)
    assert not any(methods.get(n) for n in not_proposed)


@pytest.mark.parametrize("sentence, task", [
    # tasks that end in assessment, enhancement, screening, grading, ... (patterns/heads.json: tasks)
    ("We study full-reference image quality assessment for compressed video.", "full-reference image quality assessment"),
    ("Automated cervical cancer screening is an important clinical task.", "cervical cancer screening"),
    ("We study diabetic macular edema grading from fundus photographs.", "diabetic macular edema grading"),
])
def test_entities_assessment_screening_and_grading_end_tasks(nlp, sentence, task):
    assert task in {t.name for t in facts_of(nlp, sentence).tasks}


def test_entities_the_hardware_a_speed_is_measured_on_is_no_dataset(nlp):
    # corpus 1906.08305, 1805.01831: "18 fps on GAP8" names the hardware; "reaches 80% mAP on COCO" the data
    facts = facts_of(nlp, "At its peak it achieves 18 fps on GAP8 while it reaches 80% mAP on COCO.")
    assert [d.name for d in facts.datasets] == ["MS-COCO"]
