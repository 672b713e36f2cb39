{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! One newsletter in the archive (/uutiskirje/arkisto/{kirje}): the issue as it went out, without personal links. Values: src/tori/web/newsletter/newsletter_archive.cpp. }}
<p class="breadcrumb"><a href="[[@prefix]]/uutiskirje/arkisto">[[newsletter_archive.title]]</a></p>
<article lang="{{LANG}}">
<h1>{{SUBJECT}}</h1>
<p class="meta"><time datetime="{{DATETIME}}">{{DATE}}</time></p>
<div class="prose">{{CONTENT:none}}</div>
</article>
<p><a href="[[@prefix]]/uutiskirje">[[newsletter_archive.subscribe]]</a></p>
