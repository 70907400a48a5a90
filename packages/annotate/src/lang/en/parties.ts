import { phrases } from './list.js'

/**
 * Countries and blocs acting as parties, one a line: `slug | name | names, capitals and
 * government metonyms | adjectives (demonyms)`. The slug makes the key `party:<slug>`; the names
 * stand for the party when capitalised in running text ("Moscow", "the Kremlin"); the adjectives
 * tie a role to it ("Ukrainian President"). General-purpose, not story-specific.
 */
export const parties = phrases(`
  russia | Russia | Russia, Russian Federation, Moscow, Kremlin | Russian, Kremlin
  ukraine | Ukraine | Ukraine, Kyiv, Kiev | Ukrainian
  united-states | United States | United States, United States of America, US, U.S., USA, U.S.A., America, Washington, White House, Pentagon, State Department | American, US, U.S.
  united-kingdom | United Kingdom | United Kingdom, UK, U.K., Britain, Great Britain, London, Downing Street, Whitehall | British, UK, U.K.
  european-union | European Union | European Union, EU, E.U., Brussels | EU, European Union
  france | France | France, Paris, Élysée, Elysee | French
  germany | Germany | Germany, Berlin | German
  china | China | China, Beijing | Chinese
  japan | Japan | Japan, Tokyo | Japanese
  india | India | India, New Delhi, Delhi | Indian
  pakistan | Pakistan | Pakistan, Islamabad | Pakistani
  iran | Iran | Iran, Tehran | Iranian
  israel | Israel | Israel, Jerusalem | Israeli
  palestine | Palestine | Palestine, Palestinian Authority, Ramallah | Palestinian
  turkey | Turkey | Turkey, Türkiye, Ankara | Turkish
  saudi-arabia | Saudi Arabia | Saudi Arabia, Riyadh | Saudi
  united-arab-emirates | United Arab Emirates | United Arab Emirates, UAE, U.A.E. | Emirati
  qatar | Qatar | Qatar, Doha | Qatari
  egypt | Egypt | Egypt, Cairo | Egyptian
  syria | Syria | Syria, Damascus | Syrian
  iraq | Iraq | Iraq, Baghdad | Iraqi
  belarus | Belarus | Belarus, Minsk | Belarusian
  poland | Poland | Poland, Warsaw | Polish
  italy | Italy | Italy, Rome | Italian
  spain | Spain | Spain, Madrid | Spanish
  canada | Canada | Canada, Ottawa | Canadian
  mexico | Mexico | Mexico, Mexico City | Mexican
  brazil | Brazil | Brazil, Brasília, Brasilia | Brazilian
  north-korea | North Korea | North Korea, Pyongyang | North Korean
  south-korea | South Korea | South Korea, Seoul | South Korean
  taiwan | Taiwan | Taiwan, Taipei | Taiwanese
  switzerland | Switzerland | Switzerland, Bern | Swiss
  hungary | Hungary | Hungary, Budapest | Hungarian
  georgia | Georgia | Tbilisi | Georgian
  moldova | Moldova | Moldova, Chisinau | Moldovan
  nato | NATO | NATO, North Atlantic Treaty Organization | NATO
  united-nations | United Nations | United Nations, UN, U.N. | UN, U.N.
`)
