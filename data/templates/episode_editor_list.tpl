{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The editors' episodes (/toimitus/podcast): every podcast episode and webinar newest first, scheduled ones marked; a link to a new episode. Values: src/tori/web/podcast/episode_editor.cpp. }}
<p class="breadcrumb"><a href="[[@prefix]]/toimitus">[[editorial.queue.heading]]</a></p>
<h1>[[episode_editor.list.title]]</h1>
{{#NOTICE}}<p class="notice notice--success" role="status">{{TEXT}}</p>
{{/NOTICE}}<p><a class="button" href="[[@prefix]]/toimitus/podcast/uusi">[[episode_editor.new_link]]</a></p>
{{#EPISODE_NONE}}<p>[[episode_editor.empty]]</p>
{{/EPISODE_NONE}}<div class="table-scroll" tabindex="0" role="region" aria-label="[[episode_editor.list.title]]">
<table class="data-table">
<thead><tr><th scope="col">[[episode_editor.col.title]]</th><th scope="col">[[episode_editor.col.kind]]</th><th scope="col">[[episode_editor.col.published]]</th><th scope="col">[[episode_editor.col.duration]]</th><th scope="col">[[episode_editor.col.view]]</th></tr></thead>
<tbody>
{{#EPISODE}}<tr><th scope="row"><a href="[[@prefix]]/toimitus/podcast/{{SLUG}}/muokkaa" lang="{{LANG}}">{{TITLE}}</a></th><td>{{KIND}}</td><td>{{PUBLISHED}}{{#SCHEDULED}} ([[episode_editor.scheduled]]){{/SCHEDULED}}</td><td>{{DURATION}}</td><td><a href="[[@prefix]]/podcast/{{SLUG}}">/podcast/{{SLUG}}</a></td></tr>
{{/EPISODE}}</tbody>
</table>
</div>
