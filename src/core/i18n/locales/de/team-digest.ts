import type { Catalogue } from '../../message.js';
import type teamDigest from '../en/team-digest.js';
import type skills from '../en/team-digest-skills.js';

export default {
  'team-digest.title': 'Was {team} lernt – und warum',
  'team-digest.sort': 'Sortieren nach',
  'team-digest.sort.member': 'Person',
  'team-digest.sort.pillar': 'Säule',
  'team-digest.sorted.member': 'Nach Person sortiert.',
  'team-digest.sorted.pillar': 'Nach Säule sortiert.',
  'team-digest.pathway': 'Lernpfad',
  'team-digest.pillar': 'Stärkt',
  'team-digest.pillar-imperative': '{pillar} (strategische Priorität {rank})',
  'team-digest.course': 'Aktueller Kurs',
  'team-digest.impact': 'Wirkung',
  'team-digest.no-pathway': 'Noch auf keinem Lernpfad',
  'team-digest.completions': 'Kürzlich abgeschlossen',
  'team-digest.no-completions': 'Keine Abschlüsse in letzter Zeit.',
  'team-digest.completed': 'Abgeschlossen am {date}',
  'team-digest.takeaway': 'Erkenntnis',
  'team-digest.prompt.label': 'Für Ihr nächstes 1:1',
  'team-digest.prompt': 'Fragen Sie {name}, wie „{course}“ die tägliche Arbeit verändert – der Kurs stärkt {pillar}.',
  'team-digest.prompt.no-pillar': 'Fragen Sie {name}, wie „{course}“ die tägliche Arbeit verändert und welchem unserer Ziele der Kurs dient.',
  'team-digest.discuss': 'Als besprochen markieren',
  'team-digest.discussed': 'Besprochen',
  'team-digest.discussed-on': 'Besprochen am {date}',
  'team-digest.empty': 'Noch gibt es kein Team anzuzeigen.',
  'team-digest.skills': {
    one: '{name} hat dieses Jahr eine Fähigkeit aufgebaut, die überallhin mitgeht: {skills}. Fragen Sie, wo {name} sie als Nächstes einsetzen möchte.',
    other: '{name} hat dieses Jahr {count} Fähigkeiten aufgebaut, die überallhin mitgehen: {skills}. Fragen Sie, welche {name} als Nächstes ausbauen möchte.',
  },
  'team-digest.skills.none':
    'Für {name} dieses Jahr noch keine übertragbare Fähigkeit: Fragen Sie, was {name} lernen möchte, das auch über die jetzige Rolle hinaus trägt.',
} satisfies Catalogue<keyof typeof teamDigest | keyof typeof skills>;
