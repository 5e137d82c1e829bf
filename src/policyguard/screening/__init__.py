"""Detectors: text in, :class:`Detection` list out; pure, fast, no network at call time.

    from policyguard.screening import Screener, ScreenSettings
    screener = Screener(ScreenSettings(organisation_names=("Wiltshire College",)),
                        people=[("s1", "Jack Smith")])
    screener.screen("Jack Smith is an idiot")["abuse"]

Each detector can be used alone: :class:`AbuseDetector`, :class:`PersonalDataDetector`,
:class:`DirectoryNames`, :class:`TopicDetector`, :class:`SpellingDetector`. The content
rules in ``policyguard.policy.rules.content`` turn their detections into findings.
"""

from policyguard.screening.abuse import AbuseDetector
from policyguard.screening.base import Detection, Detector
from policyguard.screening.names import DirectoryNames
from policyguard.screening.personal import PersonalDataDetector
from policyguard.screening.screen import Screener, ScreenSettings, names_for, remember_names
from policyguard.screening.spans import segments
from policyguard.screening.spelling import SpellingDetector, SpellingUnavailable
from policyguard.screening.topics import Embargo, TopicDetector

__all__ = [
    "AbuseDetector",
    "Detection",
    "Detector",
    "DirectoryNames",
    "Embargo",
    "PersonalDataDetector",
    "ScreenSettings",
    "Screener",
    "SpellingDetector",
    "SpellingUnavailable",
    "TopicDetector",
    "names_for",
    "remember_names",
    "segments",
]
