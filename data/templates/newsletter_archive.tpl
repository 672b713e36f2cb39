{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The public archive of newsletters (/uutiskirje/arkisto): every issue sent, newest first, and a link to subscribe. Values: src/tori/web/newsletter/newsletter_archive.cpp. }}
<h1>[[newsletter_archive.title]]</h1>
<p>[[newsletter_archive.description]] <a href="[[@prefix]]/uutiskirje">[[newsletter_archive.subscribe]]</a></p>
{{#EMPTY}}<p>[[newsletter_archive.empty]]</p>
{{/EMPTY}}<ul class="newsletter-archive">
{{#ISSUE}}<li><a href="{{URL}}" lang="{{LANG}}">{{SUBJECT}}</a> <time datetime="{{DATETIME}}">{{DATE}}</time></li>
{{/ISSUE}}</ul>
