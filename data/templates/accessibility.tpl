{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The accessibility statement (laki digitaalisten palvelujen tarjoamisesta 306/2019, 15 §): status, gaps, feedback, supervising authority. }}
<article class="prose">
<h1>[[a11y.title]]</h1>
<p class="lead">{{SCOPE}}</p>
<p>[[a11y.law]]</p>
<h2>[[a11y.status.heading]]</h2>
<p><strong>[[a11y.status.text]]</strong></p>
<h2>[[a11y.gaps.heading]]</h2>
<p>[[a11y.gaps.intro]]</p>
<ul>
<li><strong>[[a11y.gaps.new.title]]</strong> [[a11y.gaps.new.text]]</li>
<li><strong>[[a11y.gaps.attachments.title]]</strong> [[a11y.gaps.attachments.text]]</li>
<li><strong>[[a11y.gaps.images.title]]</strong> [[a11y.gaps.images.text]]</li>
<li><strong>[[a11y.gaps.external.title]]</strong> [[a11y.gaps.external.text]]</li>
</ul>
<h2>[[a11y.assessment.heading]]</h2>
<p>[[a11y.assessment.text]]</p>
<p>{{DATES}}</p>
<h2>[[a11y.feedback.heading]]</h2>
<p>[[a11y.feedback.text]]</p>
<ul>
<li><a href="mailto:saavutettavuus@example.fi">[[a11y.feedback.email]]</a></li>
<li>[[a11y.feedback.post]] [[footer.organisation]], [[footer.address]]</li>
</ul>
<h2>[[a11y.authority.heading]]</h2>
<p>[[a11y.authority.text]]</p>
<h3>[[a11y.authority.contact_heading]]</h3>
<ul>
<li>[[a11y.authority.name]]</li>
<li><a href="https://www.saavutettavuusvaatimukset.fi/" lang="fi">www.saavutettavuusvaatimukset.fi</a></li>
<li><a href="mailto:saavutettavuus@traficom.fi">[[a11y.authority.email]]</a></li>
<li>[[a11y.authority.phone]]</li>
</ul>
</article>
