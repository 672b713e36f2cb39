{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The about page body: the programme, Tori, what the programme does and its history. }}
<article class="prose">
<h1>[[about.title]]</h1>
<p class="lead">[[about.lead]]</p>
<p>[[about.owners]]</p>
<h2>[[about.tori.heading]]</h2>
<p>[[about.tori.text]]</p>
<p>[[about.tori.history]]</p>
<h2>[[about.what.heading]]</h2>
<ul>
<li>[[about.what.practices]]</li>
<li>[[about.what.services]]</li>
<li>[[about.what.networks]]</li>
<li>[[about.what.events]]</li>
<li>[[about.what.communication]]</li>
</ul>
<h2 id="about-timeline">[[about.timeline.heading]]</h2>
<table aria-labelledby="about-timeline">
<thead>
<tr><th scope="col">[[about.timeline.year]]</th><th scope="col">[[about.timeline.event]]</th></tr>
</thead>
<tbody>
<tr><th scope="row">2016</th><td>[[about.timeline.2016]]</td></tr>
<tr><th scope="row">2017</th><td>[[about.timeline.2017]]</td></tr>
<tr><th scope="row">2018</th><td>[[about.timeline.2018]]</td></tr>
<tr><th scope="row">2019</th><td>[[about.timeline.2019]]</td></tr>
<tr><th scope="row">2021</th><td>[[about.timeline.2021]]</td></tr>
<tr><th scope="row">2024</th><td>[[about.timeline.2024]]</td></tr>
<tr><th scope="row">2026</th><td>[[about.timeline.2026]]</td></tr>
</tbody>
</table>
<h2>[[about.contact.heading]]</h2>
<p>[[about.contact.text]]</p>
<p><a href="mailto:tori@example.fi">[[footer.contact_link]]</a></p>
</article>
