{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The editorial queue (/toimitus): filters by state, organisation and age; the practices newest change first. Values: src/tori/web/submission/editorial_pages.cpp. }}
<h1>[[editorial.queue.heading]]</h1>
<ul>
<li><a href="[[@prefix]]/toimitus/sanastot">[[manage.link.vocabularies]]</a></li>
<li><a href="[[@prefix]]/toimitus/organisaatiot">[[manage.link.organisations]]</a></li>
<li><a href="[[@prefix]]/toimitus/jasenyydet">[[membership.requests.title]]</a></li>
<li><a href="[[@prefix]]/toimitus/tapahtumat">[[registration.staff.events_link]]</a></li>
<li><a href="[[@prefix]]/toimitus/kampanjat">[[campaigns.editor.list_title]]</a></li>
<li><a href="[[@prefix]]/toimitus/ohjaukset">[[redirects.link]]</a></li>
<li><a href="[[@prefix]]/toimitus/sivut">[[site_pages.list.title]]</a></li>
<li><a href="[[@prefix]]/toimitus/uutiset">[[news_editor.list.title]]</a></li>
<li><a href="[[@prefix]]/toimitus/uutiskirjeet">[[newsletter_issue.list.title]]</a></li>
<li><a href="[[@prefix]]/toimitus/podcast">[[episode_editor.list.title]]</a></li>
</ul>
<form class="editorial-filters" method="get" action="[[@prefix]]/toimitus">
<div class="field">
<label for="queue-state">[[editorial.filter.state]]</label>
<select id="queue-state" name="tila">
{{#STATE_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>
{{/STATE_OPTION}}</select>
</div>
<div class="field">
<label for="queue-organisation">[[editorial.filter.organisation]]</label>
<input id="queue-organisation" name="organisaatio" type="text" value="{{ORGANISATION}}">
</div>
<div class="field">
<label for="queue-age">[[editorial.filter.age]]</label>
<input id="queue-age" name="vanhempi_kuin" type="number" min="0" max="3650" value="{{AGE}}">
</div>
<button type="submit">[[editorial.filter.button]]</button>
</form>
{{#EMPTY}}<p>[[editorial.queue.empty]]</p>
{{/EMPTY}}<table class="editorial-queue">
<caption>[[editorial.queue.caption]]</caption>
<thead><tr><th scope="col">[[editorial.column.title]]</th><th scope="col">[[editorial.column.organisations]]</th><th scope="col">[[editorial.column.author]]</th><th scope="col">[[editorial.column.state]]</th><th scope="col">[[editorial.column.updated]]</th></tr></thead>
<tbody>
{{#ITEM}}<tr><td><a href="{{URL}}">{{TITLE}}</a></td><td>{{ORGANISATIONS}}</td><td>{{AUTHOR}}</td><td>{{STATE}}</td><td>{{UPDATED}}</td></tr>
{{/ITEM}}</tbody>
</table>
