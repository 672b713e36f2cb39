{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The addresses that found nothing (/toimitus/ohjaukset/puuttuvat), most visited first, each with "make a redirect" and "dismiss". Values: src/tori/web/redirects/redirect_pages.cpp. }}
<p><a href="[[@prefix]]/toimitus/ohjaukset">[[redirects.back]]</a></p>
<h1>[[redirects.not_found.title]]</h1>
{{#NOTICE}}<p class="notice notice--success" role="status">{{TEXT}}</p>
{{/NOTICE}}<p>[[redirects.not_found.intro]]</p>
{{#NO_HITS}}<p>[[redirects.not_found.none]]</p>
{{/NO_HITS}}{{#HITS}}<table class="editorial-queue">
<caption>[[redirects.not_found.caption]]</caption>
<thead><tr><th scope="col">[[redirects.not_found.path]]</th><th scope="col">[[redirects.not_found.hits]]</th><th scope="col">[[redirects.not_found.first]]</th><th scope="col">[[redirects.not_found.last]]</th><th scope="col"><span class="visually-hidden">[[redirects.not_found.make]]</span></th></tr></thead>
<tbody>
{{#HIT}}<tr><td>{{PATH}}</td><td>{{COUNT}}</td><td>{{FIRST}}</td><td>{{LAST}}</td><td><a href="{{MAKE_URL}}" aria-label="{{MAKE_LABEL}}">[[redirects.not_found.make]]</a> <form method="post" action="[[@prefix]]/toimitus/ohjaukset/puuttuvat/poista"><input type="hidden" name="csrf" value="{{CSRF}}"><input type="hidden" name="path" value="{{PATH}}"><button type="submit" class="button--secondary" aria-label="{{DISMISS_LABEL}}">[[redirects.not_found.dismiss]]</button></form></td></tr>
{{/HIT}}</tbody>
</table>
{{/HITS}}
