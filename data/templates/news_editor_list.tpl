{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The editors' news (/toimitus/uutiset): every article newest first, scheduled ones marked; a link to a new article. Values: src/tori/web/news/news_editor.cpp. }}
<p class="breadcrumb"><a href="[[@prefix]]/toimitus">[[editorial.queue.heading]]</a></p>
<h1>[[news_editor.list.title]]</h1>
{{#NOTICE}}<p class="notice notice--success" role="status">{{TEXT}}</p>
{{/NOTICE}}<p><a class="button" href="[[@prefix]]/toimitus/uutiset/uusi">[[news_editor.new_link]]</a></p>
<div class="table-scroll" tabindex="0" role="region" aria-label="[[news_editor.list.title]]">
<table class="data-table">
<thead><tr><th scope="col">[[news_editor.col.title]]</th><th scope="col">[[news_editor.col.published]]</th><th scope="col">[[news_editor.col.view]]</th></tr></thead>
<tbody>
{{#ARTICLE}}<tr><th scope="row"><a href="[[@prefix]]/toimitus/uutiset/{{SLUG}}/muokkaa" lang="{{LANG}}">{{TITLE}}</a></th><td>{{PUBLISHED}}{{#SCHEDULED}} ([[news_editor.scheduled]]){{/SCHEDULED}}</td><td><a href="[[@prefix]]/uutiset/{{SLUG}}">/uutiset/{{SLUG}}</a></td></tr>
{{/ARTICLE}}</tbody>
</table>
</div>
