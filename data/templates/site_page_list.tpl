{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The editors' pages (/toimitus/sivut): each page with its address, languages, place in the navigation and last change; a link to a new page. Values: src/tori/web/site_pages/page_editor.cpp. }}
<p class="breadcrumb"><a href="[[@prefix]]/toimitus">[[editorial.queue.heading]]</a></p>
<h1>[[site_pages.list.title]]</h1>
{{#NOTICE}}<p class="notice notice--success" role="status">{{TEXT}}</p>
{{/NOTICE}}<p>[[site_pages.list.lead]]</p>
<p><a class="button" href="[[@prefix]]/toimitus/sivut/uusi">[[site_pages.new_link]]</a></p>
{{#EMPTY}}<p>[[site_pages.list.empty]]</p>
{{/EMPTY}}<div class="table-scroll" tabindex="0" role="region" aria-label="[[site_pages.list.title]]">
<table class="data-table">
<thead><tr><th scope="col">[[site_pages.col.title]]</th><th scope="col">[[site_pages.col.address]]</th><th scope="col">[[site_pages.col.languages]]</th><th scope="col">[[site_pages.col.nav]]</th><th scope="col">[[site_pages.col.updated]]</th></tr></thead>
<tbody>
{{#PAGE}}<tr><th scope="row"><a href="[[@prefix]]/toimitus/sivut/{{SLUG}}/muokkaa" lang="fi">{{TITLE}}</a></th><td><a href="[[@prefix]]/{{SLUG}}">/{{SLUG}}</a></td><td>{{LANGUAGES}}</td><td>{{NAV}}</td><td>{{UPDATED}} {{UPDATED_BY}}</td></tr>
{{/PAGE}}</tbody>
</table>
</div>
