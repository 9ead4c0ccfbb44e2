"""The bot's tests. `reply_to` asks one question, after an earlier one when given (a two-turn conversation)."""


def reply_to(bot, question, after=None):
    context = None
    if after:
        _, context = bot.answer(after)
    reply, _ = bot.answer(question, context)
    return reply
