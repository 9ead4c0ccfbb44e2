"""`flask bot evaluate` scores the tuning set and a second (held-out) set side by side, strictly."""
from __future__ import annotations

from webapp.bot.evaluate import EVAL_FILE, Result, right, score_reply
from webapp.bot.reply import Reply, Statement
from webapp.cli import bot_cli


def test_a_second_set_is_scored_beside_the_first(app, tmp_path):
    second = tmp_path / "second.yaml"
    second.write_text("items:\n"
                      "  - {q: 'How many Russians surrender each week?', expect: [weekly-surrender-average]}\n"
                      "  - {q: 'what is the capital of France?', refuse: true}\n"
                      "  - {after: 'How many Russian troops have been killed or wounded?', q: 'and in 2025?', expect: [casualties-2025]}\n")
    result = app.test_cli_runner().invoke(bot_cli, ["evaluate", "--file", str(EVAL_FILE), "--heldout", str(second)])
    out = result.output
    assert "eval.yaml" in out and "second.yaml" in out, out
    assert "100.0% (2/2)" in out and "100.0% (1/1)" in out and "1/1" in out  # the second set's figures
    assert "follow-ups right" in out and "unsupported" in out
    assert result.exit_code == 0, out


def test_several_tuning_sets_are_scored_side_by_side(app, tmp_path):
    other = tmp_path / "other.yaml"
    other.write_text("items:\n  - {q: 'what is the capital of France?', refuse: true}\n")
    result = app.test_cli_runner().invoke(bot_cli, ["evaluate", "--heldout", str(tmp_path / "none.yaml"),
                                                    "--file", str(other), "--file", str(other)])
    assert result.output.count("other.yaml") == 2 and "100.0% (1/1)" in result.output, result.output
    assert result.exit_code == 0, result.output


def test_without_a_second_set_it_says_so(app, tmp_path):
    result = app.test_cli_runner().invoke(bot_cli, ["evaluate", "--heldout", str(tmp_path / "none.yaml")])
    assert "no held-out set" in result.output
    assert all(f"{name}.yaml" in result.output for name in ("eval", "tuning-a", "tuning-b", "tuning-e", "tuning-f",
                                                                "tuning-g", "tuning-h"))  # all tuning sets
    # tuning-b (156 questions written blind) is below the targets: the command says so with its exit code
    assert result.exit_code == 1


def statement(fact_id: str) -> Statement:
    return Statement(text="", fact_id=fact_id, claimant="", citations=[], url="", kind="figure")


def test_scoring_is_strict_about_the_lead_statement():
    item = {"q": "q", "expect": ["b"]}
    assert right(item, Reply(True, "", [statement("b"), statement("a")]))
    assert not right(item, Reply(True, "", [statement("a"), statement("b")]))  # b is there, but not first
    assert not right(item, Reply(False, ""))
    assert right({"q": "q", "refuse": True}, Reply(False, ""))


def test_a_wrong_follow_up_counts_against_the_follow_ups(store):
    res = Result("x")
    score_reply(res, {"after": "a", "q": "and?", "expect": ["captured-by-end-2025"]}, Reply(False, ""), store)
    assert (res.followups_ok, res.followup_items, res.answered_ok) == (0, 1, 0)


def test_a_longer_conversation_is_asked_turn_by_turn(app, bot):
    from webapp.bot.evaluate import evaluate_bot
    # `after` may list several earlier questions: the item is asked after all of them, in order
    items = [{"after": ["What illnesses did the prisoners have?", "how many had HIV?"], "q": "who says that?", "refuse": True},
             {"after": "What illnesses did the prisoners have?", "q": "who says that?", "expect": ["chronic-illness-blog", "chronic-illness-news"]}]
    res = evaluate_bot(bot, items)
    assert res.followup_items == 2 and res.followups_ok == 2, res.misses
