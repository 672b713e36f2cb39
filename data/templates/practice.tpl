{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! One practice (/teot/{slug}): title, summary, facts, images, the seven sections, tags, contact, links, attachments, share links with copy link, and the address for print. Values: src/tori/web/practice_view.cpp. }}
{{#PREVIEW}}<div class="notice practice__preview" role="status">
{{#HAS_MESSAGE}}<p><strong>{{MESSAGE}}</strong></p>
{{/HAS_MESSAGE}}<p><strong>[[submission.preview.heading]]</strong> [[submission.preview.state]] {{STATE}}.</p>
{{#EDIT}}<p><a href="{{EDIT_URL}}">[[submission.preview.back]]</a></p>
{{/EDIT}}</div>
{{/PREVIEW}}<article class="practice" lang="{{CONTENT_LANG}}">
<h1>{{TITLE}}</h1>
{{#AWARD_BADGES}}<ul class="award-badges" lang="[[@lang]]">
{{#BADGE}}<li class="award-badge award-badge--{{LEVEL_CLASS}}"><a href="{{URL}}">{{TEXT}}</a> <span lang="fi">({{CATEGORY}})</span></li>
{{/BADGE}}</ul>
{{/AWARD_BADGES}}<p class="lead">{{SUMMARY}}</p>
<dl class="practice__facts" lang="[[@lang]]">
<dt>[[practice.meta.organisations]]</dt><dd>{{ORGANISATIONS}}</dd>
{{#HAS_MUNICIPALITY}}<dt>[[practice.filter.municipality]]</dt><dd>{{MUNICIPALITY}}</dd>
{{/HAS_MUNICIPALITY}}{{#HAS_REGION}}<dt>[[practice.filter.region]]</dt><dd>{{REGION}}</dd>
{{/HAS_REGION}}{{#HAS_MATURITY}}<dt>[[practice.filter.maturity]]</dt><dd>{{MATURITY}}</dd>
{{/HAS_MATURITY}}{{#HAS_STARTED}}<dt>[[practice.meta.started]]</dt><dd>{{STARTED}}</dd>
{{/HAS_STARTED}}{{#HAS_PUBLISHED}}<dt>[[practice.meta.published]]</dt><dd><time datetime="{{DATETIME}}">{{PUBLISHED}}</time></dd>
{{/HAS_PUBLISHED}}</dl>
{{#HAS_IMAGES}}<section class="practice__images" aria-labelledby="images-heading">
<h2 id="images-heading" lang="[[@lang]]">[[media.heading.images]]</h2>
<ul class="practice__gallery">
{{#PRACTICE_IMAGE}}<li><a href="{{URL}}"><img src="{{THUMBNAIL_URL}}" alt="{{ALT}}" width="{{WIDTH}}" height="{{HEIGHT}}" loading="lazy"></a></li>
{{/PRACTICE_IMAGE}}</ul>
</section>
{{/HAS_IMAGES}}<div class="prose">
{{#SECTION}}<section class="practice__section" aria-labelledby="{{ID}}">
<h2 id="{{ID}}" lang="[[@lang]]">{{HEADING}}</h2>
{{HTML:none}}
</section>
{{/SECTION}}</div>
<div class="practice__aside" lang="[[@lang]]">
{{#TAG_GROUP}}<h2 class="practice__tag-heading">{{HEADING}}</h2>
<ul class="practice__tags">
{{#TAG}}<li><a href="{{URL}}">{{LABEL}}</a></li>
{{/TAG}}</ul>
{{/TAG_GROUP}}{{#HAS_KEYWORDS}}<h2 class="practice__tag-heading">[[practice.meta.keywords]]</h2>
<ul class="practice__keywords">
{{#KEYWORD}}<li>{{TEXT}}</li>
{{/KEYWORD}}</ul>
{{/HAS_KEYWORDS}}{{#CONTACT}}<h2>[[practice.contact.heading]]</h2>
<p class="practice__contact">{{#HAS_NAME}}{{NAME}}<br>{{/HAS_NAME}}{{#HAS_JOB_TITLE}}{{JOB_TITLE}}<br>{{/HAS_JOB_TITLE}}{{#HAS_EMAIL}}[[practice.contact.email]] {{EMAIL}}<br>{{/HAS_EMAIL}}{{#HAS_PHONE}}[[practice.contact.phone]] {{PHONE}}{{/HAS_PHONE}}</p>
{{/CONTACT}}{{#HAS_LINKS}}<h2>[[practice.links.heading]]</h2>
<ul class="practice__links">
{{#LINK}}<li>{{#HAS_URL}}<a href="{{URL}}" rel="noopener nofollow">{{TITLE}}</a>{{/HAS_URL}}{{#NO_URL}}{{TITLE}}{{/NO_URL}}</li>
{{/LINK}}</ul>
{{/HAS_LINKS}}{{#HAS_ATTACHMENTS}}<h2>[[media.heading.attachments]]</h2>
<ul class="practice__attachments">
{{#PRACTICE_ATTACHMENT}}<li><a href="{{URL}}" lang="{{CONTENT_LANG}}">{{TITLE}}</a> ([[media.attachment.details]] {{PAGES}})</li>
{{/PRACTICE_ATTACHMENT}}</ul>
{{/HAS_ATTACHMENTS}}{{#HAS_EPISODES}}<h2>[[podcast.practice.heading]]</h2>
<ul class="practice__episodes">
{{#EPISODE}}<li>[[podcast.practice.episode]] <a href="{{URL}}">{{TITLE}}</a></li>
{{/EPISODE}}</ul>
{{/HAS_EPISODES}}{{#SHARING}}<div class="practice__sharing">
<h2>[[practice.share.heading]]</h2>
<ul class="practice__share">
<li><a href="{{SHARE_FACEBOOK}}" rel="noopener">Facebook</a></li>
<li><a href="{{SHARE_LINKEDIN}}" rel="noopener">LinkedIn</a></li>
<li><a href="{{SHARE_X}}" rel="noopener">X</a></li>
<li><a href="{{SHARE_WHATSAPP}}" rel="noopener">WhatsApp</a></li>
<li><a href="{{SHARE_EMAIL:none}}" rel="noopener">[[practice.share.email]]</a></li>
</ul>
{{! Without JavaScript the field is the way to copy; js/copy-link.js shows the button. }}
<div class="copy-link">
<label for="copy-link-url">[[practice.copy.label]]</label>
<div class="copy-link__row">
<input id="copy-link-url" class="copy-link__url" type="url" value="{{URL}}" readonly>
<button type="button" class="copy-link__button" data-copy-from="copy-link-url" data-copy-status="copy-link-status" data-copied="[[practice.copy.done]]" hidden>[[practice.copy.button]]</button>
</div>
<p id="copy-link-status" class="copy-link__status" role="status"></p>
</div>
</div>
{{/SHARING}}<section class="practice__adoptions" aria-labelledby="adoptions-heading">
<h2 id="adoptions-heading">[[adoption.heading]]</h2>
{{#ADOPTED}}<ul>
{{#ADOPTER}}<li>{{NAME}}{{#HAS_NOTE}}: {{NOTE}}{{/HAS_NOTE}}</li>
{{/ADOPTER}}</ul>
{{/ADOPTED}}{{#NOT_ADOPTED}}<p>[[adoption.none]]</p>
{{/NOT_ADOPTED}}<p><a href="{{ADOPT_URL}}">[[adoption.link]]</a></p>
</section>
{{#SIMILAR}}<section class="practice__similar" aria-labelledby="similar-heading">
<h2 id="similar-heading">[[practice.similar.heading]]</h2>
<ul class="practice__similar-list">
{{#PRACTICE}}<li class="practice-card">
<h3 lang="{{LANG}}"><a href="{{URL}}">{{TITLE}}</a></h3>
<p class="practice-card__meta"><span>{{ORGANISATIONS}}</span>{{#HAS_PLACE}} · <span>{{PLACE}}</span>{{/HAS_PLACE}}</p>
</li>
{{/PRACTICE}}</ul>
</section>
{{/SIMILAR}}<p class="practice__back"><a href="[[@prefix]]/teot">[[practice.back]]</a></p>
</div>
<p class="practice__print-address">[[practice.print.address]] {{URL}}</p>
</article>
