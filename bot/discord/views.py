"""Buttons and selects around an answer: pages, quotes, a source link, choices and suggestions.

Every interactive item is a discord.py `DynamicItem`: its state (whose answer, which page, which
candidate) is in its `custom_id`, and the question itself is in the message's footer
("/who James Dong · Page 1/3"). A press therefore works the same a minute or a week later, and after
the bot restarted: the answer is recomputed from the footer (milliseconds) and the page re-rendered.
Nothing is held in memory per message, so nothing times out and nothing needs disabling.

Rules every item follows:
* who may press is decided in one place, `OwnedView.interaction_check`: page turns, choices and
  suggestions belong to the person who asked (others get a short private note, so a busy channel
  cannot flip someone else's answer); Quotes and links are for everyone;
* controls sit on one row (Previous, Next, Quotes, at most one link), choices on a second: never more
  than two rows, and room for one more button (feedback) on the first;
* a choice or suggestion edits the message it sits on, so a private reply stays private.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import discord

from ..core import commands as registry
from ..core.answer import Answer, Candidate
from . import errors, limits
from .feedback import FeedbackButton, add_feedback
from .render import DID_YOU_MEAN_LABEL, Rendered, parse_caption, render_answer, render_quotes
from .reply import Reply, edit_from_component, run_or_defer, send_interaction

if TYPE_CHECKING:
    from ..core.engine import Engine
    from .client import FactdeskBot

log = logging.getLogger("factdesk.views")
NOT_YOURS = "Only the person who asked can use these buttons. Ask your own question with a slash command."
GONE = "This answer can no longer be rebuilt (the message lost its question). Please ask again."
ANYONE = 0  # owner id meaning "anyone may press"


class OwnedView(discord.ui.View):
    """A view whose items only its owner may use. The one place that check lives.

    Live views and the items discord.py rebuilds after a restart both ask it: a `DynamicItem`'s own
    `interaction_check` delegates here with the owner id from its custom_id.
    """

    def __init__(self, owner_id: int = ANYONE) -> None:
        super().__init__(timeout=None)  # stateless items: nothing to expire
        self.owner_id = owner_id

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if self.owner_id in (ANYONE, interaction.user.id):
            return True
        await errors.tell(interaction, NOT_YOURS)
        return False

    async def on_error(self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item[Any]
                       ) -> None:
        await errors.report(interaction, error, f"{type(self).__name__}:{type(item).__name__}")


def _bot(interaction: discord.Interaction) -> FactdeskBot:
    return interaction.client  # type: ignore[return-value]


async def _guarded(interaction: discord.Interaction, owner: int, where: str, action: Any) -> None:
    """Owner check, then the action; an exception is reported with an error id (never silence)."""
    if not await OwnedView(owner).interaction_check(interaction):
        return
    try:
        await action()
    except Exception as exc:
        await errors.report(interaction, exc, where)


def _question(interaction: discord.Interaction) -> tuple[str, str] | None:
    message = interaction.message
    if message is None or not message.embeds:
        return None
    return parse_caption(message.embeds[0].footer.text)


async def _rebuild(interaction: discord.Interaction, work: Callable[[], Answer]) -> Answer:
    """Recompute an answer off the event loop, acknowledging the click first if that is slow."""
    return await run_or_defer(interaction, work, defer_after=_bot(interaction).defer_after, update=True)


def _ask_again(engine: Engine, question: tuple[str, str]) -> Answer:
    return registry.run(engine, *question)


# -- the items ---------------------------------------------------------------------------------------

class PageButton(discord.ui.DynamicItem[discord.ui.Button[Any]],
                 template=r"fd:pg:(?P<owner>\d+):(?P<page>\d+):(?P<dir>[pn])"):
    """Previous/Next: re-render the answer from the footer's question and show page `page`."""

    def __init__(self, owner: int, page: int, forward: bool, *, disabled: bool = False) -> None:
        super().__init__(discord.ui.Button(
            label="Next" if forward else "Previous", emoji="▶️" if forward else "◀️",
            style=discord.ButtonStyle.secondary, disabled=disabled,
            custom_id=f"fd:pg:{owner}:{max(page, 0)}:{'n' if forward else 'p'}", row=0))
        self.owner, self.page = owner, max(page, 0)

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Item[Any],
                             match: re.Match[str]) -> PageButton:
        return cls(int(match["owner"]), int(match["page"]), match["dir"] == "n")

    async def callback(self, interaction: discord.Interaction) -> None:
        async def turn() -> None:
            question = _question(interaction)
            if question is None:
                await errors.tell(interaction, GONE)
                return
            engine = _bot(interaction).engine
            answer = await _rebuild(interaction, lambda: _ask_again(engine, question))
            await edit_from_component(interaction, build_reply(_bot(interaction), answer, self.owner, page=self.page))

        await _guarded(interaction, self.owner, "PageButton", turn)


class QuotesButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"fd:q:(?P<page>\d+)"):
    """The verbatim quotes behind one page, privately, for whoever clicks."""

    def __init__(self, page: int) -> None:
        super().__init__(discord.ui.Button(label="Quotes", emoji="📜", style=discord.ButtonStyle.primary,
                                           custom_id=f"fd:q:{page}", row=0))
        self.page = page

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Item[Any],
                             match: re.Match[str]) -> QuotesButton:
        return cls(int(match["page"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        async def show() -> None:
            question = _question(interaction)
            if question is None:
                await errors.tell(interaction, GONE)
                return
            bot = _bot(interaction)
            answer = await run_or_defer(interaction, lambda: _ask_again(bot.engine, question),
                                        defer_after=bot.defer_after, ephemeral=True)
            links = {"corpus_base_url": bot.settings.corpus_base_url, "site_base_url": bot.settings.site_base_url}
            rendered = render_answer(answer, **links)
            page = rendered.pages[min(self.page, len(rendered.pages) - 1)]
            embed = render_quotes(answer, page.fact_ids, **links)
            await send_interaction(interaction, Reply([embed], ephemeral=True))

        await _guarded(interaction, ANYONE, "QuotesButton", show)


def _choose(engine: Engine, question: tuple[str, str] | None, current: Answer | None, entry: str) -> Answer:
    """A candidate or suggestion picked: ask again with its id (ids resolve exactly, never ambiguous).

    For compare the id replaces whichever side was ambiguous: side a first (the core resolves a before
    b), side b when the same choice list comes back.
    """
    if question is None:
        return registry.open_entry(engine, entry)
    command, query = question
    if command == "compare" and " vs " in query:
        a, b = (s.strip() for s in query.split(" vs ", 1))
        trial = engine.compare(entry, b)
        if current is not None and trial.status == "ambiguous" and \
                {c.id for c in trial.candidates} == {c.id for c in current.candidates}:
            return engine.compare(a, entry)
        return trial
    if command in ("who", "policy"):
        return registry.run(engine, command, entry)
    return registry.open_entry(engine, entry)


async def _replace_with_choice(interaction: discord.Interaction, owner: int, entry: str) -> None:
    bot = _bot(interaction)
    question = _question(interaction)

    def work() -> Answer:
        current = registry.run(bot.engine, *question) if question else None
        if question and question[0] == "browse":
            return registry.open_entry(bot.engine, entry)
        return _choose(bot.engine, question, current, entry)

    answer = await _rebuild(interaction, work)
    await edit_from_component(interaction, build_reply(bot, answer, owner))


class ChoiceSelect(discord.ui.DynamicItem[discord.ui.Select[Any]], template=r"fd:pick:(?P<owner>\d+)"):
    """Which one did you mean (ambiguous), or which entry to open (/browse): the message becomes it."""

    def __init__(self, owner: int, candidates: tuple[Candidate, ...] = (), placeholder: str = "Choose one…"
                 ) -> None:
        options = [discord.SelectOption(label=limits.truncate(c.name or c.id, limits.SELECT_LABEL), value=c.id,
                                        description=limits.truncate(c.detail, limits.SELECT_DESCRIPTION) or None)
                   for c in candidates[: limits.SELECT_OPTIONS] if len(c.id) <= limits.SELECT_VALUE]
        super().__init__(discord.ui.Select(custom_id=f"fd:pick:{owner}", placeholder=placeholder,
                                           options=options or [discord.SelectOption(label="—", value="-")], row=1))
        self.owner = owner

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Item[Any],
                             match: re.Match[str]) -> ChoiceSelect:
        return cls(int(match["owner"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        values = self.item.values
        await _guarded(interaction, self.owner, "ChoiceSelect",
                       lambda: _replace_with_choice(interaction, self.owner, values[0]))


class SuggestButton(discord.ui.DynamicItem[discord.ui.Button[Any]],
                    template=r"fd:dym:(?P<owner>\d+):(?P<entry>[^:]+)"):
    """A did-you-mean suggestion: the (possibly private) message becomes that answer."""

    def __init__(self, owner: int, entry: str, label: str = "…") -> None:
        super().__init__(discord.ui.Button(label=label, style=discord.ButtonStyle.secondary,
                                           custom_id=f"fd:dym:{owner}:{entry}", row=0))
        self.owner, self.entry = owner, entry

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Item[Any],
                             match: re.Match[str]) -> SuggestButton:
        return cls(int(match["owner"]), match["entry"])

    async def callback(self, interaction: discord.Interaction) -> None:
        await _guarded(interaction, self.owner, "SuggestButton",
                       lambda: _replace_with_choice(interaction, self.owner, self.entry))


class MoreButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"fd:more:(?P<fact>[^:]+)"):
    """On a digest post: what the sources say about the fact's subject (/who or /policy), privately."""

    def __init__(self, fact_id: str, label: str = "More") -> None:
        super().__init__(discord.ui.Button(label=label, style=discord.ButtonStyle.secondary,
                                           custom_id=f"fd:more:{fact_id}", row=0))
        self.fact_id = fact_id

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Item[Any],
                             match: re.Match[str]) -> MoreButton:
        return cls(match["fact"])

    async def callback(self, interaction: discord.Interaction) -> None:
        async def more() -> None:
            bot = _bot(interaction)
            subject = registry.subject_of(bot.engine, self.fact_id)
            if subject is None:
                await errors.tell(interaction, "That fact is no longer in the sources.")
                return
            answer = await run_or_defer(interaction, lambda: registry.open_entry(bot.engine, subject),
                                        defer_after=bot.defer_after, ephemeral=True)
            reply = build_reply(bot, answer, interaction.user.id)
            reply.ephemeral = True  # the post is shared; what one reader opens is theirs
            await send_interaction(interaction, reply)

        await _guarded(interaction, ANYONE, "MoreButton", more)


def more_view(engine: Engine, fact_id: str | None) -> OwnedView | None:
    """The digest post's one button, "More about <subject>", or None when the fact has no subject."""
    subject = registry.subject_of(engine, fact_id) if fact_id else None
    if subject is None or len(f"fd:more:{fact_id}") > limits.CUSTOM_ID:
        return None
    name = engine.base.entities[subject].name
    view = OwnedView(ANYONE)
    view.add_item(MoreButton(fact_id, limits.truncate(f"More about {name}", DID_YOU_MEAN_LABEL)))  # type: ignore[arg-type]
    return view


DYNAMIC_ITEMS: tuple[type[discord.ui.DynamicItem[Any]], ...] = (
    PageButton, QuotesButton, ChoiceSelect, SuggestButton, MoreButton, FeedbackButton)


def suggestion_label(candidate: Candidate, limit: int = DID_YOU_MEAN_LABEL) -> str:
    """A suggestion as a button label: its name, cut to `limit` (40) characters at a word."""
    return limits.truncate(candidate.name or candidate.id, limit)


# -- assembling a reply ------------------------------------------------------------------------------

def controls(rendered: Rendered, owner: int, page: int = 0) -> OwnedView | None:
    """Row 1: Previous/Next (when paged), Quotes, one source link. Row 2: the choices, if any."""
    view = OwnedView(owner)
    answer = rendered.answer
    pages = len(rendered.pages)
    if pages > 1:
        view.add_item(PageButton(owner, page - 1, False, disabled=page == 0))
        view.add_item(PageButton(owner, page + 1, True, disabled=page >= pages - 1))
    if answer.status == "answer" and rendered.pages[page].fact_ids:
        view.add_item(QuotesButton(page))
    for link in rendered.links[:1]:
        view.add_item(discord.ui.Button(label=link.label, url=link.url, row=0))
    if rendered.candidates and (answer.status == "ambiguous" or rendered.browse):
        view.add_item(ChoiceSelect(owner, rendered.candidates,
                                   "Open one…" if rendered.browse else "Choose one…"))
    elif answer.status == "not_found":
        for candidate in rendered.candidates[: limits.ROW_WIDTH - 1]:
            if len(f"fd:dym:{owner}:{candidate.id}") <= limits.CUSTOM_ID and ":" not in candidate.id:
                view.add_item(SuggestButton(owner, candidate.id, suggestion_label(candidate)))
    return view if view.children else None


def build_reply(bot: FactdeskBot, answer: Answer, owner_id: int | None, page: int = 0) -> Reply:
    """Answer → one page with its controls (the first page unless `page` says otherwise)."""
    rendered = render_answer(answer, corpus_base_url=bot.settings.corpus_base_url,
                             site_base_url=bot.settings.site_base_url)
    page = max(0, min(page, len(rendered.pages) - 1))
    view = controls(rendered, owner_id or ANYONE, page) or OwnedView(owner_id or ANYONE)
    add_feedback(view, bot, answer)  # 👍/👎 on the controls row (bot/discord/feedback.py)
    return Reply([rendered.pages[page].embed], view=view if view.children else None, ephemeral=rendered.ephemeral)


def pages_reply(bot: FactdeskBot, embeds: list[discord.Embed], owner_id: int | None, *, ephemeral: bool = False
                ) -> Reply:
    """Static pages (/sources) in one message: as many embeds as Discord's 6000-character total allows."""
    chosen: list[discord.Embed] = []
    for embed in embeds[: limits.EMBEDS_PER_MESSAGE]:
        if chosen and sum(len(e) for e in chosen) + len(embed) > limits.EMBED_TOTAL:
            break
        chosen.append(embed)
    return Reply(chosen, ephemeral=ephemeral)
