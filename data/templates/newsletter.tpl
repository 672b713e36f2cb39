{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The newsletter's subscribe page (/uutiskirje): a heading, a few words and the subscribe form (newsletter_form.tpl, included so other pages can carry it too) and the pop-up's script, which remembers a subscription made here. Values: src/tori/web/newsletter/newsletter_form.cpp. }}
<div class="registration newsletter">
<h1>[[newsletter.title]]</h1>
<p>[[newsletter.intro]]</p>
{{>SUBSCRIBE_FORM}}
</div>
<script src="{{POPUP_SCRIPT}}" defer></script>
