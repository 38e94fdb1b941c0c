/**
 * Words too common to say what a text is about, in English and German, written lower-case and
 * without diacritics (the form `words.ts` compares them in). Checked before stemming.
 */
const ENGLISH = `a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has have having
he her here hers herself him himself his how i if in into is it its itself just more most my myself no nor not
now of off on once only or other our ours ourselves out over own same she should so some such than that the
their theirs them themselves then there these they this those through to too under until up upon very was we
were what when where which while who whom why will with within without would you your yours yourself yourselves
able across via per etc`;

const GERMAN = `aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes auch
auf aus bei beim bin bis bist da damit dann das dass dem den denn der des dessen die dies diese diesem diesen
dieser dieses doch dort du durch ein eine einem einen einer eines er es etwa euch euer eure fur gegen gewesen hab
habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im in indem ins
ist jede jedem jeden jeder jedes jetzt kann konnen kein keine keinem keinen keiner man manche mehr mit muss
mussen nach nicht nichts noch nun nur ob oder ohne sehr sein seine seinem seinen seiner sich sie sind so solche
soll sollen sondern sowie uber um und uns unser unsere unter vom von vor wahrend war waren warum was weil welche
welchem welchen welcher welches wenn wer werden wie wieder will wir wird wo wurde wurden zu zum zur zwischen`;

export const STOP_WORDS: ReadonlySet<string> = new Set(`${ENGLISH} ${GERMAN}`.split(/\s+/));
