{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The privacy notice (GDPR articles 13 and 14): controller, purposes, legal bases, data, retention, the newsletter's register (and the pop-up's local storage), rights, complaint. }}
<article class="prose">
<h1>[[privacy.title]]</h1>
<p class="lead">[[privacy.intro]]</p>
<h2>[[privacy.controller.heading]]</h2>
<p>[[footer.organisation]]<br>[[footer.address]]</p>
<h2>[[privacy.contact.heading]]</h2>
<p>[[privacy.contact.text]]</p>
<p><a href="mailto:tietosuoja@example.fi">[[privacy.contact.email]]</a></p>
<h2>[[privacy.purposes.heading]]</h2>
<p>[[privacy.purposes.intro]]</p>
<ul>
<li>[[privacy.purposes.accounts]]</li>
<li>[[privacy.purposes.practices]]</li>
<li>[[privacy.purposes.events]]</li>
<li>[[privacy.purposes.networks]]</li>
<li>[[privacy.purposes.newsletter]]</li>
<li>[[privacy.purposes.security]]</li>
</ul>
<h2>[[privacy.basis.heading]]</h2>
<ul>
<li>[[privacy.basis.consent]]</li>
<li>[[privacy.basis.contract]]</li>
<li>[[privacy.basis.interest]]</li>
</ul>
<h2>[[privacy.data.heading]]</h2>
<ul>
<li><strong>[[privacy.data.accounts.title]]</strong> [[privacy.data.accounts.text]]</li>
<li><strong>[[privacy.data.practices.title]]</strong> [[privacy.data.practices.text]]</li>
<li><strong>[[privacy.data.registrations.title]]</strong> [[privacy.data.registrations.text]]</li>
<li><strong>[[privacy.data.newsletter.title]]</strong> [[privacy.data.newsletter.text]]</li>
<li><strong>[[privacy.data.logs.title]]</strong> [[privacy.data.logs.text]]</li>
<li><strong>[[privacy.data.audit.title]]</strong> [[privacy.data.audit.text]]</li>
</ul>
<h2>[[privacy.sources.heading]]</h2>
<p>[[privacy.sources.text]]</p>
<h2>[[privacy.retention.heading]]</h2>
<ul>
<li>[[privacy.retention.accounts]]</li>
<li>[[privacy.retention.unverified]]</li>
<li>[[privacy.retention.sessions]]</li>
<li>[[privacy.retention.links]]</li>
<li>[[privacy.retention.mail]]</li>
<li>[[privacy.retention.practices]]</li>
<li>[[privacy.retention.registrations]]</li>
<li>[[privacy.retention.newsletter]]</li>
<li>[[privacy.retention.logs]]</li>
<li>[[privacy.retention.audit]]</li>
</ul>
<h2 id="uutiskirje">[[privacy.newsletter.heading]]</h2>
<p>[[privacy.newsletter.stored]]</p>
<p>[[privacy.newsletter.basis]]</p>
<p>[[privacy.newsletter.retention]]</p>
<p>[[privacy.newsletter.unsubscribe]]</p>
<p>[[privacy.newsletter.popup]]</p>
<h2>[[privacy.recipients.heading]]</h2>
<p>[[privacy.recipients.text]]</p>
<h2>[[privacy.cookies.heading]]</h2>
<p>[[privacy.cookies.text]]</p>
<h2>[[privacy.rights.heading]]</h2>
<p>[[privacy.rights.text]]</p>
<p>[[privacy.rights.how]]</p>
<h2>[[privacy.own.heading]]</h2>
<p>[[privacy.own.account]] <a href="[[@prefix]]/omat-tiedot">[[privacy.own.account_link]]</a></p>
<p>[[privacy.own.request]]</p>
<p>[[privacy.own.erased]]</p>
<h2>[[privacy.complaint.heading]]</h2>
<p>[[privacy.complaint.text]]</p>
<p>[[privacy.complaint.authority]] <a href="https://tietosuoja.fi/" lang="fi">tietosuoja.fi</a></p>
<p>{{UPDATED}}</p>
</article>
