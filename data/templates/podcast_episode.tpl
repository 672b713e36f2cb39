{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! One episode (/podcast/{slug}): title, kind, numbers, date and duration, the player with a download link, the description, a webinar's recording, the practices it discusses and the full transcript. Values: src/tori/web/podcast/podcast_episode_page.cpp. }}
<article class="episode" lang="{{LANG}}">
<h1>{{TITLE}}</h1>
{{#SCHEDULED}}<p class="notice" role="status" lang="[[@lang]]">{{SCHEDULED_TEXT}}</p>
{{/SCHEDULED}}<p class="episode__meta" lang="[[@lang]]">{{KIND}}{{#HAS_NUMBERS}} · {{NUMBERS}}{{/HAS_NUMBERS}} · [[podcast.episode.published]] <time datetime="{{DATETIME}}">{{DATE}}</time> · [[podcast.episode.duration]] <time datetime="{{DURATION_ISO}}">{{DURATION}}</time></p>
<div class="episode__player" lang="[[@lang]]">
<audio controls preload="none" src="{{AUDIO_URL}}"><a href="{{AUDIO_URL}}" type="{{AUDIO_TYPE}}" download>{{DOWNLOAD_TEXT}}</a></audio>
<p><a href="{{AUDIO_URL}}" type="{{AUDIO_TYPE}}" download>{{DOWNLOAD_TEXT}}</a> · <a href="#transcript-heading">[[podcast.episode.to_transcript]]</a></p>
{{#HAS_RECORDING}}<p><a href="{{RECORDING_URL}}" rel="noopener">[[podcast.episode.recording]]</a></p>
{{/HAS_RECORDING}}</div>
<div class="episode__description">
{{DESCRIPTION:none}}
</div>
{{#HAS_PRACTICES}}<section class="episode__practices" aria-labelledby="episode-practices-heading" lang="[[@lang]]">
<h2 id="episode-practices-heading">[[podcast.episode.practices]]</h2>
<ul>
{{#PRACTICE}}<li><a href="{{URL}}">{{TITLE}}</a></li>
{{/PRACTICE}}</ul>
</section>
{{/HAS_PRACTICES}}<section class="episode__transcript" aria-labelledby="transcript-heading">
<h2 id="transcript-heading" lang="[[@lang]]">[[podcast.episode.transcript]]</h2>
{{TRANSCRIPT:none}}
</section>
</article>
<p><a href="{{BACK_URL}}">[[podcast.back]]</a></p>
