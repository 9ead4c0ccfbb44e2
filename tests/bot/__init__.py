"""The bot's tests. `reply_to` asks one question, after an earlier one when given (a two-turn conversation);
`conversation` asks several in turn and gives the last reply."""


def reply_to(bot, question, after=None):
    context = None
    if after:
        _, context = bot.answer(after)
    reply, _ = bot.answer(question, context)
    return reply


def conversation(bot, *questions):
    context, reply = None, None
    for q in questions:
        reply, context = bot.answer(q, context)
    return reply


def lead(bot, *questions):
    """The fact the last reply leads with, or None when it refuses."""
    reply = conversation(bot, *questions)
    return reply.statements[0].fact_id if reply.answered else None
