"""Buttons and selects around an answer: pages, quotes, source links, candidates, did-you-mean.

Rules every view here follows:
* page turns and candidate choices belong to the person who asked (others get a short private note,
  so a busy channel cannot flip someone else's answer); Quotes and links are for everyone;
* on timeout every interactive item is disabled and the message edited, so nobody clicks a dead
  button and gets "This interaction failed";
* an exception in a callback is reported with an error id (the same path as slash commands).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

import discord

from ..core.answer import Answer, Candidate
from ..core.engine import Engine
from . import errors, limits
from .render import Rendered, render_answer, render_quotes
from .reply import NO_MENTIONS, Editor, Reply, answer_interaction, edit_from_component, send_interaction

if TYPE_CHECKING:
    from .client import FactdeskBot

log = logging.getLogger("factdesk.views")
T = TypeVar("T")
NOT_YOURS = "Only the person who asked can use these buttons. Ask your own question with a slash command."


# -- what "choose this candidate" means for each command --------------------------------------------

@dataclass(frozen=True)
class Chooser:
    """Re-asks the question with a candidate's id in place of the ambiguous words.

    Ids resolve exactly in the core's index, so choosing "Shehbaz Sharif" can never be ambiguous again.
    For compare, the chosen candidate replaces whichever side was ambiguous: we try side a first (the
    core resolves a before b) and fall back to b when the same choice list comes back.
    """

    engine: Engine
    command: str
    a: str = ""
    b: str = ""

    def choose(self, current: Answer, candidate: Candidate) -> tuple[Answer, Chooser]:
        if self.command == "compare" and self.a and self.b:
            trial = self.engine.compare(candidate.id, self.b)
            same_list = {c.id for c in trial.candidates} == {c.id for c in current.candidates}
            if trial.status == "ambiguous" and same_list:
                return self.engine.compare(self.a, candidate.id), Chooser(self.engine, "compare", self.a, candidate.id)
            return trial, Chooser(self.engine, "compare", candidate.id, self.b)
        command = self.command
        if command not in ("who", "policy"):
            command = _command_for(current, candidate)
        answer = self.engine.who(candidate.id) if command == "who" else self.engine.policy(candidate.id)
        return answer, Chooser(self.engine, command)


def _command_for(answer: Answer, candidate: Candidate) -> str:
    """Who or policy for a candidate offered by ask/compare: decided by the entity's type."""
    entity = answer.base.entities.get(candidate.id) if answer.base else None
    return "policy" if entity is not None and entity.type in ("policy", "topic", "event") else "who"


def chooser_for(engine: Engine, answer: Answer) -> Chooser:
    """A chooser for an answer whose original arguments we do not hold (DMs: routed free text)."""
    if answer.command == "compare" and " vs " in answer.query:
        a, b = answer.query.split(" vs ", 1)
        return Chooser(engine, "compare", a, b)
    return Chooser(engine, answer.command)


# -- base view ---------------------------------------------------------------------------------------

class FactdeskView(discord.ui.View):
    """Owner check, disable-on-timeout and error ids shared by every view."""

    def __init__(self, bot: FactdeskBot, owner_id: int | None, *, timeout: float | None = None) -> None:
        super().__init__(timeout=bot.view_timeout if timeout is None else timeout)
        self.bot = bot
        self.owner_id = owner_id
        self._editor: Editor | None = None
        self.expired = asyncio.Event()  # set once disabled after a timeout (tests and logs wait on it)

    def bind(self, editor: Editor) -> None:
        """Remember how to edit the message this view is on (needed to disable it on timeout)."""
        self._editor = editor

    def is_owner(self, interaction: discord.Interaction) -> bool:
        return self.owner_id is None or interaction.user.id == self.owner_id

    async def refuse(self, interaction: discord.Interaction) -> None:
        await errors.tell(interaction, NOT_YOURS)

    def disable_all(self) -> None:
        for item in self.children:
            if isinstance(item, discord.ui.Button | discord.ui.Select) and not getattr(item, "url", None):
                item.disabled = True

    async def on_timeout(self) -> None:
        self.disable_all()
        if self._editor is not None:
            try:
                await self._editor(view=self, allowed_mentions=NO_MENTIONS)
            except discord.HTTPException as exc:  # message deleted, token expired: nothing to disable
                log.debug("could not disable a timed-out view: %s", exc)
        self.expired.set()

    async def on_error(self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item[Any]
                       ) -> None:
        await errors.report(interaction, error, f"{type(self).__name__}:{type(item).__name__}")


class _Callback(discord.ui.Button["FactdeskView"]):
    """A button whose behaviour is a coroutine function, so views can add buttons conditionally."""

    def __init__(self, on_click: Callable[[discord.Interaction], Any], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._on_click = on_click

    async def callback(self, interaction: discord.Interaction) -> None:
        await self._on_click(interaction)


# -- pages -------------------------------------------------------------------------------------------

class PagesView(FactdeskView):
    """Previous/Next over a list of embeds; only the invoker turns pages."""

    def __init__(self, bot: FactdeskBot, embeds: Sequence[discord.Embed], owner_id: int | None,
                 *, timeout: float | None = None) -> None:
        super().__init__(bot, owner_id, timeout=timeout)
        self.embeds = list(embeds)
        self.page = 0
        self.previous = self.next = None
        if len(self.embeds) > 1:
            self.previous = _Callback(lambda i: self.turn(i, -1), label="Previous", emoji="◀️",
                                      style=discord.ButtonStyle.secondary, row=0, disabled=True)
            self.next = _Callback(lambda i: self.turn(i, +1), label="Next", emoji="▶️",
                                  style=discord.ButtonStyle.secondary, row=0)
            self.add_item(self.previous)
            self.add_item(self.next)

    def current(self) -> discord.Embed:
        return self.embeds[self.page]

    def has_items(self) -> bool:
        return bool(self.children)

    async def turn(self, interaction: discord.Interaction, step: int) -> None:
        if not self.is_owner(interaction):
            await self.refuse(interaction)
            return
        self.page = max(0, min(len(self.embeds) - 1, self.page + step))
        assert self.previous is not None and self.next is not None
        self.previous.disabled = self.page == 0
        self.next.disabled = self.page == len(self.embeds) - 1
        self.on_page_change()
        await edit_from_component(interaction, Reply([self.current()], view=self))

    def on_page_change(self) -> None:
        """Hook for subclasses that keep per-page state."""


class AnswerView(PagesView):
    """An answer's pages plus Quotes, source links, and candidate select or did-you-mean buttons."""

    def __init__(self, bot: FactdeskBot, rendered: Rendered, owner_id: int | None, chooser: Chooser) -> None:
        super().__init__(bot, [p.embed for p in rendered.pages], owner_id)
        self.rendered = rendered
        self.chooser = chooser
        if rendered.answer.status == "answer" and rendered.answer.fact_ids():
            self.add_item(_Callback(self.show_quotes, label="Quotes", emoji="📜",
                                    style=discord.ButtonStyle.primary, row=0))
        for link in rendered.links[: limits.LINK_BUTTONS]:
            self.add_item(discord.ui.Button(label=link.label, url=link.url, row=1))
        if rendered.answer.status == "ambiguous" and rendered.candidates:
            self.add_item(CandidateSelect(rendered.candidates))
        elif rendered.answer.status == "not_found":
            for candidate in rendered.candidates[: limits.ROW_WIDTH]:
                self.add_item(_Callback(lambda i, c=candidate: self.did_you_mean(i, c),
                                        label=render_label(candidate), style=discord.ButtonStyle.secondary, row=2))

    async def show_quotes(self, interaction: discord.Interaction) -> None:
        """The verbatim quotes for the facts on the page being shown; private to whoever clicked."""
        page = self.rendered.pages[self.page]
        embeds = render_quotes(self.rendered.answer, page.fact_ids,
                               corpus_base_url=self.bot.settings.corpus_base_url)
        view = PagesView(self.bot, embeds, interaction.user.id)
        await send_interaction(interaction, Reply([embeds[0]], view=view if view.has_items() else None,
                                                  ephemeral=True))

    async def choose(self, interaction: discord.Interaction, candidate: Candidate) -> None:
        """A candidate picked from the select: the message becomes that candidate's answer."""
        if not self.is_owner(interaction):
            await self.refuse(interaction)
            return
        result = await _run_or_defer_update(interaction, self.bot,
                                            lambda: self.chooser.choose(self.rendered.answer, candidate))
        answer, chooser = result
        self.stop()
        await edit_from_component(interaction, build_reply(self.bot, answer, self.owner_id, chooser))

    async def did_you_mean(self, interaction: discord.Interaction, candidate: Candidate) -> None:
        """A did-you-mean button: answer for that candidate as a new message, like asking it directly."""
        if not self.is_owner(interaction):
            await self.refuse(interaction)
            return

        def build(result: tuple[Answer, Chooser]) -> Reply:
            return build_reply(self.bot, result[0], interaction.user.id, result[1])

        await answer_interaction(interaction, lambda: self.chooser.choose(self.rendered.answer, candidate),
                                 build, defer_after=self.bot.defer_after)


class CandidateSelect(discord.ui.Select["AnswerView"]):
    def __init__(self, candidates: Sequence[Candidate]) -> None:
        # Option values are positions, not ids: always short and unique, whatever the ids look like.
        self.candidates = list(candidates[: limits.SELECT_OPTIONS])
        options = [
            discord.SelectOption(label=limits.truncate(c.name or c.id, limits.SELECT_LABEL), value=str(i),
                                 description=limits.truncate(c.detail, limits.SELECT_DESCRIPTION) or None)
            for i, c in enumerate(self.candidates)
        ]
        super().__init__(placeholder="Choose one…", options=options, row=2)

    async def callback(self, interaction: discord.Interaction) -> None:
        assert self.view is not None
        await self.view.choose(interaction, self.candidates[int(self.values[0])])


def render_label(candidate: Candidate, limit: int = limits.BUTTON_LABEL) -> str:
    """A candidate as a button/option label: its name, with the detail that tells it apart if room."""
    label = candidate.name or candidate.id
    if candidate.detail and len(label) + len(candidate.detail) + 3 <= limit:
        label = f"{label} ({candidate.detail})"
    return limits.truncate(label, limit)


async def _run_or_defer_update(interaction: discord.Interaction, bot: FactdeskBot, work: Callable[[], T]) -> T:
    """Run `work` in a thread; if it is slow, acknowledge the click first (a deferred update)."""
    task = asyncio.ensure_future(asyncio.to_thread(work))
    done, _ = await asyncio.wait({task}, timeout=bot.defer_after)
    if not done and not interaction.response.is_done():
        await interaction.response.defer()
    return await task


# -- assembling a reply ------------------------------------------------------------------------------

def build_reply(bot: FactdeskBot, answer: Answer, owner_id: int | None, chooser: Chooser) -> Reply:
    """Answer → the first page, with a view when there is anything to click."""
    rendered = render_answer(answer, corpus_base_url=bot.settings.corpus_base_url)
    view = AnswerView(bot, rendered, owner_id, chooser)
    if not view.has_items():
        view.stop()
        return Reply([rendered.pages[0].embed], ephemeral=rendered.ephemeral)
    return Reply([rendered.pages[0].embed], view=view, ephemeral=rendered.ephemeral)


def pages_reply(bot: FactdeskBot, embeds: Sequence[discord.Embed], owner_id: int | None,
                *, ephemeral: bool = False) -> Reply:
    view = PagesView(bot, embeds, owner_id)
    if not view.has_items():
        view.stop()
        return Reply([embeds[0]], ephemeral=ephemeral)
    return Reply([embeds[0]], view=view, ephemeral=ephemeral)
