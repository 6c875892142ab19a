// General world-knowledge word lists for the tagger's gazetteer features and the typing rules.
// They are deliberately generic (any news story): never add a name because one corpus has it.

const split = (s: string): string[] => s.split('|').map((x) => x.trim()).filter(Boolean);

/** Countries and country-like entities, with common short forms. */
export const COUNTRIES = split(`Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|
Austria|Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|
Bosnia and Herzegovina|Bosnia|Herzegovina|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|
Cape Verde|Central African Republic|Chad|Chile|China|Colombia|Comoros|Congo|Democratic Republic of the Congo|
Republic of the Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|
Dominican Republic|East Timor|Timor-Leste|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|
Swaziland|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|
Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|
Cote d'Ivoire|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|
Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Marshall Islands|
Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|Namibia|
Nauru|Nepal|Netherlands|Holland|New Zealand|Nicaragua|Niger|Nigeria|North Korea|South Korea|Korea|North Macedonia|
Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|
Qatar|Romania|Russia|Russian Federation|Rwanda|Saint Kitts and Nevis|Saint Lucia|Saint Vincent and the Grenadines|
Samoa|San Marino|Sao Tome and Principe|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|
Slovenia|Solomon Islands|Somalia|South Africa|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|
Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|Turkiye|Turkmenistan|Tuvalu|
Uganda|Ukraine|United Arab Emirates|UAE|United Kingdom|UK|U.K.|Britain|Great Britain|England|Scotland|Wales|
Northern Ireland|United States|United States of America|US|U.S.|USA|U.S.A.|America|Uruguay|Uzbekistan|Vanuatu|
Vatican|Vatican City|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Yugoslavia|Soviet Union|USSR|Czechoslovakia|
Zaire|Greenland|Puerto Rico|Hong Kong|Macau|Gaza|Gaza Strip|West Bank|Tibet|Kurdistan|Chechnya|Abkhazia|
South Ossetia|Transnistria|Western Sahara|Northern Cyprus|Faroe Islands|Bermuda|Gibraltar|Guam`);

/** Capitals and major cities. */
export const CITIES = split(`Kabul|Tirana|Algiers|Luanda|Buenos Aires|Yerevan|Canberra|Vienna|Baku|Nassau|Manama|Dhaka|
Minsk|Brussels|Belmopan|Thimphu|La Paz|Sarajevo|Gaborone|Brasilia|Sofia|Ouagadougou|Phnom Penh|Yaounde|Ottawa|
Santiago|Beijing|Peking|Bogota|Kinshasa|Brazzaville|San Jose|Zagreb|Havana|Nicosia|Prague|Copenhagen|Santo Domingo|
Quito|Cairo|San Salvador|Asmara|Tallinn|Addis Ababa|Helsinki|Paris|Libreville|Banjul|Tbilisi|Berlin|Bonn|Accra|
Athens|Guatemala City|Conakry|Bissau|Georgetown|Port-au-Prince|Tegucigalpa|Budapest|Reykjavik|New Delhi|Delhi|
Jakarta|Tehran|Teheran|Baghdad|Dublin|Jerusalem|Tel Aviv|Rome|Kingston|Tokyo|Amman|Astana|Nur-Sultan|Almaty|Nairobi|
Pristina|Kuwait City|Bishkek|Vientiane|Riga|Beirut|Maseru|Monrovia|Tripoli|Vilnius|Antananarivo|Lilongwe|
Kuala Lumpur|Bamako|Valletta|Nouakchott|Mexico City|Chisinau|Ulan Bator|Ulaanbaatar|Podgorica|Rabat|Maputo|
Naypyidaw|Yangon|Rangoon|Windhoek|Kathmandu|Amsterdam|The Hague|Wellington|Managua|Niamey|Abuja|Lagos|Pyongyang|
Seoul|Skopje|Oslo|Muscat|Islamabad|Karachi|Lahore|Panama City|Port Moresby|Asuncion|Lima|Manila|Warsaw|Lisbon|Doha|
Bucharest|Moscow|Kigali|Riyadh|Jeddah|Mecca|Dakar|Belgrade|Freetown|Bratislava|Ljubljana|Mogadishu|Pretoria|
Johannesburg|Cape Town|Durban|Juba|Madrid|Barcelona|Colombo|Khartoum|Paramaribo|Stockholm|Bern|Geneva|Zurich|
Damascus|Aleppo|Taipei|Dushanbe|Dodoma|Dar es Salaam|Bangkok|Lome|Tunis|Ankara|Istanbul|Ashgabat|Kampala|Kyiv|Kiev|
Abu Dhabi|Dubai|London|Washington|Montevideo|Tashkent|Caracas|Hanoi|Ho Chi Minh City|Saigon|Sanaa|Aden|Lusaka|
Harare|New York|New York City|Los Angeles|Chicago|Houston|Philadelphia|Phoenix|San Antonio|San Diego|Dallas|
San Francisco|Boston|Seattle|Miami|Atlanta|Detroit|Denver|Las Vegas|Baltimore|Cleveland|Pittsburgh|St. Louis|
Minneapolis|New Orleans|Cincinnati|Kansas City|Milwaukee|Portland|Sacramento|Honolulu|Anchorage|Nashville|Memphis|
Austin|Indianapolis|Columbus|Charlotte|Orlando|Tampa|Buffalo|Toronto|Montreal|Vancouver|Calgary|Edmonton|Quebec|
Winnipeg|Sydney|Melbourne|Brisbane|Perth|Adelaide|Auckland|Manchester|Birmingham|Liverpool|Leeds|Glasgow|
Edinburgh|Belfast|Cardiff|Bristol|Sheffield|Newcastle|Oxford|Cambridge|Hamburg|Munich|Frankfurt|Cologne|Stuttgart|
Dusseldorf|Leipzig|Dresden|Hanover|Marseille|Lyon|Toulouse|Nice|Strasbourg|Bordeaux|Lille|Milan|Naples|Turin|
Florence|Venice|Genoa|Palermo|Bologna|Seville|Valencia|Bilbao|Malaga|Porto|Rotterdam|Antwerp|Ghent|Lausanne|Basel|
Salzburg|Krakow|Gdansk|Wroclaw|Lodz|Poznan|Brno|Thessaloniki|Izmir|Antalya|Gothenburg|Malmo|Bergen|Tampere|
St. Petersburg|Saint Petersburg|Leningrad|Novosibirsk|Yekaterinburg|Nizhny Novgorod|Kazan|Samara|Omsk|
Chelyabinsk|Rostov-on-Don|Ufa|Volgograd|Stalingrad|Krasnoyarsk|Perm|Voronezh|Vladivostok|Murmansk|Kaliningrad|
Sochi|Grozny|Irkutsk|Khabarovsk|Kharkiv|Kharkov|Odesa|Odessa|Dnipro|Dnipropetrovsk|Donetsk|Zaporizhzhia|
Zaporozhye|Lviv|Lvov|Mariupol|Luhansk|Lugansk|Kherson|Mykolaiv|Sevastopol|Simferopol|Shanghai|Guangzhou|Canton|
Shenzhen|Chongqing|Tianjin|Wuhan|Chengdu|Nanjing|Xi'an|Hangzhou|Harbin|Mumbai|Bombay|Kolkata|Calcutta|Chennai|
Madras|Bangalore|Bengaluru|Hyderabad|Ahmedabad|Pune|Osaka|Kyoto|Yokohama|Nagoya|Sapporo|Kobe|Fukuoka|Hiroshima|
Busan|Pusan|Incheon|Ho Chi Minh|Surabaya|Bandung|Cebu|Davao|Kandahar|Herat|Mazar-i-Sharif|Peshawar|Rawalpindi|
Quetta|Chittagong|Basra|Mosul|Kirkuk|Erbil|Fallujah|Homs|Idlib|Raqqa|Aleppo|Haifa|Ramallah|Hebron|Alexandria|
Casablanca|Marrakesh|Fez|Benghazi|Misrata|Mombasa|Kano|Ibadan|Port Harcourt|Abidjan|Goma|Lubumbashi|Sao Paulo|
Rio de Janeiro|Rio|Salvador|Belo Horizonte|Recife|Porto Alegre|Cordoba|Rosario|Medellin|Cali|Guadalajara|
Monterrey|Tijuana|Guayaquil|Valparaiso|Havana|Minsk|Gomel|Almaty|Samarkand|Baku|Batumi|Kutaisi|Gyumri`);

/** Continents, world regions, seas and rivers, states and provinces. */
export const REGIONS = split(`Europe|Asia|Africa|North America|South America|Latin America|Central America|
Antarctica|Oceania|Middle East|Near East|Far East|Eurasia|Scandinavia|Balkans|Baltics|Caucasus|North Caucasus|
Central Asia|Southeast Asia|South Asia|East Asia|Siberia|Arctic|Sahara|Sahel|Horn of Africa|Persian Gulf|Gulf|
Mediterranean|Caribbean|Pacific|Atlantic|Indian Ocean|Black Sea|Baltic Sea|Caspian Sea|Red Sea|North Sea|
Sea of Azov|South China Sea|Kashmir|Punjab|Bengal|Crimea|Donbas|Donbass|Transcaucasia|Catalonia|Basque Country|
Bavaria|Saxony|Flanders|Wallonia|Sicily|Sardinia|Corsica|Lombardy|Tuscany|Andalusia|Galicia|Silesia|Normandy|
Brittany|Provence|Alsace|Alps|Andes|Himalayas|Urals|Amazon|Nile|Danube|Rhine|Volga|Dnieper|Dnipro|Don|Euphrates|
Tigris|Yangtze|Mississippi|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|
Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|
Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|
Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|
West Virginia|Wisconsin|Wyoming|Ontario|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|
Newfoundland|Yukon|Queensland|New South Wales|Victoria|Tasmania|Western Australia|Northern Territory|Ulster|
Kurdistan|Darfur|Xinjiang|Guangdong|Sichuan|Yunnan|Hokkaido|Okinawa|Mindanao|Java|Sumatra|Borneo|Bali|Aceh|
Kurile Islands|Golan Heights|Sinai|Negev|Anatolia|Patagonia|Yorkshire|Lancashire|Kent|Essex|Cornwall`);

/** Nationality and group adjectives: not actors on their own (the gold guideline), MISC in CoNLL. */
export const DEMONYMS = split(`Afghan|Albanian|Algerian|American|Andorran|Angolan|Argentine|Argentinian|Armenian|
Australian|Austrian|Azerbaijani|Azeri|Bahraini|Bangladeshi|Belarusian|Belarussian|Belgian|Beninese|Bolivian|
Bosnian|Brazilian|British|Briton|Bulgarian|Burmese|Burundian|Cambodian|Cameroonian|Canadian|Chadian|Chilean|
Chinese|Colombian|Congolese|Croatian|Croat|Cuban|Cypriot|Czech|Danish|Dane|Dutch|Ecuadorean|Ecuadorian|Egyptian|
English|Eritrean|Estonian|Ethiopian|European|Filipino|Finnish|Finn|French|Gabonese|Georgian|German|Ghanaian|
Greek|Guatemalan|Guinean|Haitian|Honduran|Hungarian|Icelandic|Indian|Indonesian|Iranian|Iraqi|Irish|Israeli|
Italian|Ivorian|Jamaican|Japanese|Jordanian|Kazakh|Kenyan|Korean|Kosovar|Kuwaiti|Kyrgyz|Lao|Laotian|Latvian|
Lebanese|Liberian|Libyan|Lithuanian|Luxembourgish|Macedonian|Malagasy|Malawian|Malaysian|Malian|Maltese|
Mauritanian|Mexican|Moldovan|Mongolian|Montenegrin|Moroccan|Mozambican|Namibian|Nepalese|Nepali|Nicaraguan|
Nigerian|Nigerien|Norwegian|Omani|Pakistani|Palestinian|Panamanian|Paraguayan|Peruvian|Polish|Pole|Portuguese|
Qatari|Romanian|Russian|Rwandan|Saudi|Scottish|Scot|Senegalese|Serbian|Serb|Sierra Leonean|Singaporean|Slovak|
Slovenian|Slovene|Somali|Spanish|Spaniard|Sri Lankan|Sudanese|Swedish|Swede|Swiss|Syrian|Taiwanese|Tajik|
Tanzanian|Thai|Tibetan|Togolese|Tunisian|Turkish|Turk|Turkmen|Ugandan|Ukrainian|Uruguayan|Uzbek|Venezuelan|
Vietnamese|Welsh|Yemeni|Zambian|Zimbabwean|Soviet|Yugoslav|Kurdish|Kurd|Chechen|Dagestani|Tatar|Crimean|Basque|
Catalan|Flemish|Walloon|Bavarian|Sicilian|Corsican|Cossack|Slavic|Slav|Arab|Arabic|Persian|Pashtun|Baluch|Hindu|
Muslim|Christian|Jewish|Jew|Sunni|Shia|Shiite|Catholic|Orthodox|Protestant|Buddhist|Western|Eastern|Northern|
Southern|Asian|African|Latin|Balkan|Baltic|Caucasian|Scandinavian|Nordic|Siberian|Caribbean|Mediterranean|Arctic|
Atlantic|Pacific|Anglo|Hispanic|Latino|Sikh|Hutu|Tutsi|Roma|Uyghur|Uighur|Rohingya|Druze|Alawite|Yazidi|Bedouin|
Berber|Tuareg|Maori|Aboriginal|Inuit|Ossetian|Abkhaz|Ingush|Bashkir|Buryat|Yakut|Moldavian|Transnistrian|
Bolshevik|Communist|Marxist|Islamist|Zionist|Nazi|Neo-Nazi|Fascist|Jihadist|Republican|Democrat|Democratic|
Conservative|Liberal|Socialist|Labour|Tory|Gaullist|Kremlin-backed|Pro-Russian|Pro-Western`);

/** Common given names of many cultures: a cue that the next capitalised word is a surname. */
export const FIRST_NAMES = split(`Aaron|Abdul|Abdullah|Abraham|Adam|Adrian|Ahmad|Ahmed|Aisha|Alan|Albert|Alberto|
Aleksandr|Aleksei|Aleksey|Alex|Alexander|Alexandra|Alexandre|Alexei|Alexey|Alfred|Ali|Alice|Alicia|Alina|Alison|
Allan|Amanda|Amir|Amy|Ana|Anastasia|Anatoly|Anders|Andre|Andrea|Andreas|Andrei|Andrej|Andrew|Andrey|Andriy|Andrzej|
Angela|Angelo|Anita|Ann|Anna|Anne|Annie|Anthony|Antoine|Anton|Antonio|Arkady|Arnold|Arthur|Artem|Artyom|Arturo|
Ashley|Bach|Barbara|Barry|Benjamin|Bernard|Bill|Billy|Bob|Bobby|Bogdan|Boris|Brad|Brandon|Brian|Bruce|Bruno|
Carl|Carlos|Carmen|Caroline|Catherine|Cecilia|Charles|Charlie|Charlotte|Chris|Christian|Christina|Christine|
Christopher|Claire|Claude|Claudia|Colin|Craig|Cristina|Daniel|Daniela|Danny|Daria|Darya|David|Dean|Denis|Dennis|
Denys|Diana|Diego|Dmitri|Dmitriy|Dmitry|Dmytro|Dominic|Donald|Doris|Dorothy|Douglas|Ed|Eduard|Eduardo|
Edward|Elena|Eli|Elizabeth|Ella|Ellen|Emily|Emma|Emmanuel|Enrique|Eric|Erik|Ernst|Eugene|Evgeny|Fabio|Farid|
Fatima|Felipe|Felix|Fernando|Filip|Francesco|Francis|Francisco|Franco|Frank|Franz|Fred|Frederick|Gary|Gennady|
George|Georgy|Gerald|Gerhard|Giovanni|Giuseppe|Gordon|Grace|Graham|Greg|Gregory|Grigory|Guillermo|Gustavo|Hans|
Harold|Harry|Hassan|Heinz|Helen|Helena|Helmut|Henri|Henrik|Henry|Herbert|Hiroshi|Horst|Hugh|Hugo|Hussein|Ian|
Ibrahim|Igor|Ihor|Ilya|Inna|Irina|Isaac|Ivan|Ivana|Jack|Jacob|Jacques|James|Jan|Jane|Janet|Jason|Javier|Jean|
Jeff|Jeffrey|Jennifer|Jens|Jeremy|Jerry|Jessica|Jim|Jimmy|Joan|Joanna|Joe|Johan|Johann|Johannes|John|Johnny|Jon|
Jonathan|Jorge|Jose|Josef|Joseph|Juan|Julia|Julian|Julie|Jurgen|Justin|Karen|Karin|Karl|Kate|Katherine|Kathleen|
Katya|Keith|Ken|Kenneth|Kevin|Kim|Kirill|Klaus|Konstantin|Kurt|Larry|Laura|Laurent|Lee|Leila|Leo|Leon|Leonid|
Linda|Lisa|Liu|Louis|Luca|Lucas|Luigi|Luis|Lyudmila|Magdalena|Mahmoud|Manuel|Marc|Marco|Marcus|Margaret|Maria|
Marie|Marina|Mario|Mark|Marta|Martin|Mary|Masha|Matt|Matthew|Maurice|Max|Maxim|Maksym|Michael|Michel|Michelle|
Miguel|Mikhail|Mike|Mohamed|Mohammad|Mohammed|Muhammad|Mustafa|Mykhailo|Mykola|Nadia|Nancy|Naomi|Natalia|
Natalya|Nathan|Neil|Nicholas|Nick|Nicolas|Nikita|Nikolai|Nikolay|Nina|Noah|Norman|Oksana|Olaf|Oleg|Oleh|
Oleksandr|Oleksiy|Olga|Oliver|Omar|Oscar|Otto|Pablo|Pascal|Patricia|Patrick|Paul|Paula|Pavel|Pavlo|Pedro|Peter|
Petr|Petro|Petra|Philip|Philippe|Pierre|Pyotr|Rachel|Rafael|Rainer|Ralph|Ramon|Raymond|Rebecca|Richard|Rick|
Robert|Roberto|Roger|Roman|Ronald|Rosa|Ruslan|Ruth|Ryan|Sabine|Said|Sally|Salman|Sam|Samuel|Sandra|Sara|Sarah|
Scott|Sean|Sebastian|Serge|Sergei|Sergey|Sergio|Serhiy|Sharon|Simon|Sofia|Sophie|Stanislav|Stefan|Stephen|
Steve|Steven|Susan|Svetlana|Sven|Taras|Tatiana|Tatyana|Ted|Teresa|Thomas|Tim|Timothy|Tom|Tomas|Tony|Valentin|
Valentina|Valery|Valeriy|Vasily|Vasyl|Vera|Victor|Victoria|Viktor|Viktoria|Vincent|Vitali|Vitaly|Vladimir|
Vladislav|Volodymyr|Vyacheslav|Walter|Wang|Wayne|Werner|William|Wolfgang|Xavier|Yaroslav|Yevgeny|
Yevgeniy|Yulia|Yuliya|Yuri|Yuriy|Yusuf|Zhang|Zoltan|Zbigniew|Jaroslaw|Krzysztof|Piotr|Tomasz|Pawel|Marek|
Wojciech|Ewa|Katarzyna|Agnieszka|Jiri|Petr|Vaclav|Milos|Dragan|Slobodan|Zoran|Goran|Nenad|Ante|Ivo|Janez|
Kemal|Recep|Ahmet|Mehmet|Murat|Emre|Fatih|Yasser|Hamid|Reza|Javad|Ayatollah|Hosni|Bashar|Hafez|Nabil|Khalid|
Khaled|Faisal|Abdel|Abu|Osama|Saddam|Tariq|Rashid|Karim|Youssef|Hamza|Nelson|Thabo|Jacob|Kofi|Robert|Olusegun|
Jomo|Uhuru|Paul|Yoweri|Jair|Luiz|Inacio|Dilma|Cristina|Mauricio|Evo|Hugo|Nicolas|Fidel|Raul|Narendra|Rahul|
Sonia|Indira|Rajiv|Manmohan|Atal|Imran|Nawaz|Benazir|Shinzo|Fumio|Junichiro|Xi|Jiang|Hu|Deng|Li|Kim|Moon|Yoon|
Park|Lee|Nguyen|Thaksin|Yingluck|Joko|Rodrigo|Ferdinand|Mahathir|Anwar|Lula|Jens|Mette|Angela|Olaf|Emmanuel|
Nicolas|Francois|Jacques|Silvio|Giorgia|Mario|Matteo|Pedro|Mariano|Boris|Theresa|Tony|Gordon|Rishi|Keir|Liz|
Joe|Barack|Hillary|Kamala|Nancy|Mitch|Bernie|Ron|Mike|Antony|Lloyd|Jake|Volodymyr|Dmitry|Sergei|Alexei|
Ramzan|Yevgeny|Aleksandr|Alexander|Valery|Ilham|Nikol|Alexander|Kassym-Jomart|Nursultan|Shavkat|Emomali`);

/** Titles and roles that stand before (or beside) a person's name and stay outside the span. */
export const TITLES = split(`President|Vice President|Prime Minister|Premier|Chancellor|Minister|Secretary|
Governor|Mayor|Senator|Sen.|Representative|Rep.|Congressman|Congresswoman|Ambassador|Envoy|General|Gen.|
Colonel|Col.|Lieutenant|Lt.|Major|Maj.|Captain|Capt.|Sergeant|Sgt.|Admiral|Adm.|Commander|Marshal|Brigadier|
Private|Corporal|King|Queen|Prince|Princess|Emperor|Sheikh|Sheik|Emir|Sultan|Pope|Cardinal|Bishop|Archbishop|
Patriarch|Rabbi|Imam|Father|Sister|Brother|Reverend|Rev.|Judge|Justice|Prosecutor|Attorney|Lawyer|Chairman|
Chairwoman|Chair|Director|Chief|Commissioner|Inspector|Detective|Officer|Agent|Spokesman|Spokeswoman|
Spokesperson|Deputy|Adviser|Advisor|Aide|Analyst|Professor|Prof.|Dr.|Dr|Doctor|Mr.|Mr|Mrs.|Mrs|Ms.|Ms|Miss|
Sir|Dame|Lord|Lady|Baron|Count|Duke|Leader|Head|Founder|CEO|Editor|Correspondent|Reporter|Journalist|Coach|
Manager|Writer|Author|Contributor|Columnist|Photographer|Producer|Anchor|Host|Striker|Midfielder|Defender|Goalkeeper|Captain|Dictator|Warlord|Commander-in-chief|Field Marshal|
Lieutenant General|Major General|Colonel General|Rear Admiral|Vice Admiral|Foreign Minister|Defense Minister|
Defence Minister|Interior Minister|Finance Minister|Justice Minister|Health Minister|Deputy Minister|
Secretary of State|Secretary-General|Secretary General|Press Secretary|Chief of Staff|Speaker|Ombudsman|
Councillor|Councilman|Alderman|Sheriff|Superintendent|Constable|Registrar|Auditor|Marshal|Colonel-General|Gov.|Lt.-Gen.|Maj.-Gen.|Brig.|Cpl.|Pvt.|Ald.`);

/** Words that end an organization's name ("... Ministry", "... Corps"). */
export const ORG_HEADS = split(`Ministry|Corps|Legion|Brigade|Battalion|Regiment|Division|Platoon|Squadron|
Fleet|Party|Agency|Council|Army|Navy|Police|Union|Committee|Group|Company|Inc|Inc.|Corp|Corp.|Corporation|Ltd|
Ltd.|Plc|PLC|LLC|Co|Co.|AG|SA|GmbH|NV|BV|Bank|University|College|Institute|Institution|Foundation|Association|
Federation|Commission|Court|Tribunal|Parliament|Assembly|Congress|Senate|Duma|Rada|Knesset|Cabinet|Service|
Services|Forces|Force|Guard|Guards|Department|Office|Bureau|Organization|Organisation|League|Club|Society|Center|
Centre|Movement|Front|Alliance|Coalition|Authority|Board|Trust|Fund|Network|Channel|News|Times|Post|Journal|
Herald|Tribune|Gazette|Telegraph|Press|Review|Magazine|Broadcasting|Television|Radio|Airlines|Airways|Motors|
Holdings|Industries|Enterprises|Partners|Capital|Securities|Exchange|Church|Mission|Brotherhood|Council|
Directorate|Inspectorate|Intelligence|Prosecutor's Office|Prosecution|Procuracy|Secretariat|Mission|Commonwealth|Conference|Cooperative|Syndicate|
Consortium|Cartel|Gang|Militia|Battalion|Regiment|Squad|Unit|Command|Headquarters|Staff|Academy|School|Hospital|
Clinic|Laboratory|Lab|Labs|Studio|Studios|Records|Entertainment|Media|Group|Systems|Technologies|Technology|
Software|Electronics|Energy|Oil|Petroleum|Gas|Mining|Coal|Steel|Engineering|Construction|Tunnelling|Tunneling|Drilling|Contractors|Chemicals|Pharmaceuticals|Telecom|Communications|
Insurance|Investments|Bancorp|Financial|Trading|Shipping|Railways|Railway|Transport|Logistics|Foods|Brewery|
Minerals|Metals|Resources|Materials|Pharma|Therapeutics|Biotech|Aerospace|Ventures|Properties|Realty|Utilities|Semiconductor|Semiconductors|Textiles|Fisheries|Refining|Airline|Carriers|Freight|
Stores|Markets|Team|United|City|Rovers|Wanderers|Athletic|Rangers|Hotspur|Albion|FC|CF|SC|AC|Dynamo|Spartak|
Olympique|Real|Sporting|Bloc|Guild|Distillery|Winery|Monopoly|Chronicle|Courier|Observer|Sentinel|Mirror|Express|Dispatch|Bulletin|Clarion|Courant|Crier|Vanguard|Lantern|Lookout`);

/** Words that end a place's name ("... Oblast", "... Province"). */
export const PLACE_HEADS = split(`Oblast|Province|Region|Krai|Kray|Okrug|Raion|Rayon|District|County|State|
Territory|Prefecture|Governorate|Canton|Republic|Emirate|Kingdom|Island|Islands|Peninsula|Mountains|Mountain|
Mount|Mt.|Hills|Valley|River|Lake|Sea|Ocean|Bay|Gulf|Strait|Desert|Coast|Forest|Plain|Plateau|Basin|Delta|Cape|
Street|St.|Avenue|Ave.|Boulevard|Road|Square|Bridge|Airport|Port|Harbor|Harbour|Station|Park|Village|Town|
City|Heights|Springs|Beach|Falls|Canyon|Pass|Border|Crossing|Lagoon|Reef|Estuary|Wetlands|Reservoir|
Glacier|Fjord|Cove|Creek|Atoll|Archipelago|Highway|Motorway|Quay|Wharf|Canal|Gorge|Volcano|Steppe|Dunes|Prison|Jail|Penitentiary|Barracks|
Refinery|Shipyard|Dam|Stadium|Arena|Smelter|Colliery|Mine|Base`);

/** Well-known organizations, including acronyms and media outlets anyone reads in world news. */
export const ORGANIZATIONS = split(`United Nations|UN|U.N.|NATO|European Union|EU|E.U.|OPEC|IMF|
International Monetary Fund|World Bank|World Health Organization|WHO|WTO|World Trade Organization|UNESCO|UNICEF|
UNHCR|Red Cross|Red Crescent|ICRC|International Committee of the Red Cross|Amnesty International|
Human Rights Watch|Greenpeace|Interpol|Europol|OSCE|Council of Europe|European Commission|European Parliament|
European Central Bank|ECB|African Union|Arab League|ASEAN|G7|G20|BRICS|CIS|Commonwealth|Security Council|
General Assembly|International Criminal Court|ICC|International Court of Justice|IAEA|FIFA|UEFA|IOC|
Olympic Committee|FBI|CIA|NSA|DEA|ATF|Pentagon|White House|State Department|Congress|Senate|
House of Representatives|Supreme Court|Federal Reserve|Fed|NASA|KGB|FSB|GRU|SVR|SBU|MI5|MI6|Mossad|Shin Bet|
Kremlin|Duma|State Duma|Verkhovna Rada|Bundestag|Bundesbank|Knesset|Politburo|Taliban|Hamas|Hezbollah|
Hizbollah|Al Qaeda|al-Qaeda|Islamic State|ISIS|ISIL|Daesh|Boko Haram|al-Shabaab|PKK|IRA|ETA|
Reuters|Associated Press|AP|AFP|Agence France-Presse|Agence France Presse|Bloomberg|Xinhua|TASS|
Itar-Tass|RIA Novosti|RIA|Kyodo|Yonhap|ANSA|DPA|EFE|BBC|CNN|Fox News|MSNBC|CBS|NBC|ABC|
NPR|PBS|Al Jazeera|Al Arabiya|Sky News|Euronews|Deutsche Welle|DW|France 24|RT|Russia Today|Sputnik|
The New York Times|New York Times|The Washington Post|Washington Post|The Wall Street Journal|Wall Street Journal|
The Guardian|Guardian|The Times|The Telegraph|The Independent|Financial Times|The Economist|Economist|
Le Monde|Le Figaro|Der Spiegel|Spiegel|Die Zeit|Frankfurter Allgemeine|El Pais|Corriere della Sera|
La Repubblica|Kommersant|Izvestia|Pravda|Novaya Gazeta|Vedomosti|Politico|Axios|Newsweek|Time|USA Today|
Los Angeles Times|Chicago Tribune|Boston Globe|Daily Mail|The Sun|Daily Mirror|The Atlantic|The New Yorker|
Haaretz|Times of Israel|Jerusalem Post|
Getty Images|Shutterstock|Alamy|European Pressphoto Agency|Anadolu Agency|Anadolu|PA Media|Press Association|UPI|
United Press International|Australian Associated Press|Canadian Press|Interfax|Ukrinform|IRNA|KCNA|Yonhap News Agency|
Twitter|Facebook|Google|Apple|Microsoft|Amazon|Meta|Telegram|YouTube|TikTok|Instagram|
Gazprom|Rosneft|Lukoil|Sberbank|Aeroflot|Rosatom|Roscosmos|Boeing|Airbus|Lockheed Martin|Raytheon|
General Motors|Ford|Toyota|Volkswagen|Siemens|Shell|BP|Exxon|ExxonMobil|Chevron|Total|Nestle|Samsung|Sony|
Huawei|IBM|Intel|Tesla|SpaceX|Goldman Sachs|JPMorgan|Morgan Stanley|Citigroup|HSBC|Barclays|Deutsche Bank|
UBS|Credit Suisse|Harvard|Harvard University|Yale|Stanford|Oxford University|Cambridge University|MIT|
Brookings Institution|RAND|Rand Corporation|Carnegie Endowment|Chatham House|
Council on Foreign Relations|Heritage Foundation|Democratic Party|
Republican Party|Labour Party|Conservative Party|Communist Party|United Russia|Bundeswehr|Rosgvardia|
National Guard|Armed Forces|Ministry of Defence|Ministry of Defense|Defense Ministry|Defence Ministry|
Foreign Ministry|Interior Ministry|Justice Ministry|Finance Ministry|Health Ministry|Emergencies Ministry`);

/** Company and legal-form suffixes. */
export const COMPANY_SUFFIXES = split(`Inc|Inc.|Corp|Corp.|Ltd|Ltd.|Plc|PLC|LLC|Co|Co.|AG|SA|S.A.|GmbH|NV|N.V.|
BV|SpA|AB|ASA|Oyj|KK|Bhd|Pty|LP|LLP`);

/** Buildings that also name the institution inside: "the Kremlin said" vs "drones over the Kremlin". */
export const SEATS_OF_POWER = split(`Kremlin|White House|Pentagon|Downing Street|Elysee|Elysee Palace|Capitol|Capitol Hill|
Vatican|Quai d'Orsay|Whitehall|City Hall|Town Hall|Foggy Bottom|Zhongnanhai|Blue House|Bankova|Chancellery|Knesset|Reichstag|Bundestag`);

/** More given names, many cultures (a person cue, like FIRST_NAMES). */
export const MORE_FIRST_NAMES = split(`Abdelaziz|Abdelkader|Abdou|Abdoulaye|Abel|Abhishek|Ada|Adel|Adnan|Adolfo|Afonso|Agustin|
Aidan|Aiko|Ajay|Akira|Akbar|Alain|Alastair|Alba|Aldo|Alejandro|Alessandro|Alessandra|Alfonso|Alfredo|Alhaji|Alvaro|
Amadou|Amal|Amara|Amber|Amelia|Amit|Anand|Anders|Andile|Andras|Andres|Angel|Angelica|Anil|Anja|Anke|Annette|
Antonella|Antonin|Anwar|Apostolos|Aram|Ariel|Arjun|Armando|Arne|Arsen|Arun|Asif|Astrid|Ayman|Ayesha|Aziz|Babak|
Bakhtiyar|Baltasar|Beatriz|Bernd|Bert|Bertrand|Bjorn|Blaise|Bola|Boubacar|Bronwyn|Bulent|Camille|Carla|Carlo|Carmelo|
Carolina|Catalina|Cesar|Chang|Chen|Chidi|Chinedu|Chioma|Christophe|Cheng|Ciro|Claudio|Clement|Constantin|Cyril|Dag|
Dagmar|Dalia|Damian|Daniele|Dario|Darius|Davide|Dawit|Deborah|Dejan|Delphine|Demetrios|Desmond|Didier|Dieter|Dimitar|
Dimitri|Dimitris|Dinesh|Dirk|Domenico|Dong|Dragomir|Dumitru|Eamon|Edgar|Edmund|Edwin|Efrain|Egon|Eitan|Ekaterina|
Elias|Elif|Elsa|Emeka|Emil|Emilio|Enzo|Erdogan|Erika|Ernesto|Esteban|Esther|Ethan|Etienne|Eva|Evangelos|Ewan|Fabian|
Fabrice|Fadi|Faisal|Farah|Faruk|Fatou|Federico|Felix|Fiona|Florian|Francisca|Frantisek|Frederic|Fumiko|Gabriel|
Gabriela|Gaston|Gennaro|Georg|Georges|Gerard|Gerardo|Gianluca|Gideon|Gilbert|Gilles|Gintaras|Giorgio|Giulia|Giulio|
Gonzalo|Gopal|Grzegorz|Gulnara|Gunnar|Gustav|Hakan|Halima|Hamad|Hana|Hanna|Hannah|Hao|Haruki|Hassan|Heidi|Heinrich|
Hendrik|Henrique|Hideo|Hilda|Hiroko|Hoang|Hong|Horacio|Hui|Ibrahima|Idris|Ignacio|Ilse|Ines|Ingrid|Ion|Ioannis|Irena|
Isabel|Isabella|Ismail|Istvan|Itzhak|Ivo|Jaime|Jakub|Jamal|Janos|Jaroslav|Javad|Jawad|Jens|Jerome|Jesus|Ji|Jia|Jin|
Joachim|Joao|Joaquin|Joel|Jordi|Josep|Josephine|Jozef|Julio|Jun|Jung|Jurgen|Kaan|Kamal|Kamil|Karel|Karima|Karl-Heinz|
Kasper|Katarina|Katrin|Kazuo|Kemal|Kenji|Kerstin|Khadija|Khalil|Kiril|Klaus|Kofi|Koji|Kostas|Krishna|Kristian|Kwame|
Lajos|Lakshmi|Lars|Laszlo|Leandro|Leila|Lena|Leonardo|Leopold|Liam|Lin|Lionel|Lorenzo|Lotte|Luc|Lucia|Luciano|Ludwig|
Luka|Lukas|Maciej|Magnus|Mahmud|Maite|Malik|Mamadou|Manfred|Manon|Marcel|Marcello|Marcin|Marek|Margarita|Mariam|
Mariana|Marianne|Mariusz|Marko|Marwan|Massimo|Mateo|Mathieu|Matthias|Mauro|Mehdi|Mei|Mercedes|Mihai|Mikael|Mikkel|
Milan|Milena|Ming|Mirela|Miroslav|Moses|Mounir|Moussa|Nadezhda|Nadine|Nasser|Nawaz|Nestor|Nicola|Niels|Nikos|Nils|
Nour|Nuno|Ola|Olena|Olivier|Omid|Orhan|Oskar|Osman|Ousmane|Pablo|Paolo|Patrice|Patrizia|Pekka|Per|Pietro|Pilar|
Pradeep|Priya|Rachid|Radek|Radu|Rafal|Rahim|Rajesh|Ramesh|Rania|Rashid|Raul|Renata|Rene|Ricardo|Riccardo|Rita|Rob|
Rodolfo|Rolf|Romano|Rosa|Rui|Rustam|Sabri|Sadiq|Salim|Salvador|Salvatore|Samir|Sandro|Sanjay|Santiago|Sasha|Satoshi|
Sebastien|Seung|Shahid|Shlomo|Shota|Siddharth|Silvia|Simona|Sipho|Slavko|Sofia|Sondre|Soren|Stanislaw|Stavros|Stefano|
Stelian|Sunil|Suresh|Susanne|Sylvie|Tadeusz|Takashi|Tamara|Tamas|Tanja|Tarek|Teodor|Thierry|Thorsten|Tiago|Timo|
Tobias|Tomasz|Toshiro|Ulrich|Ulrike|Umar|Uwe|Vadim|Valentino|Vanessa|Vasil|Veronika|Vicente|Vijay|Vikram|Viktoriya|
Vittorio|Vivek|Vojtech|Walid|Waleed|Wei|Wilhelm|Willem|Xiao|Yan|Yaw|Yasmin|Yevhen|Yoshiro|Youssouf|Yu|Yusuf|Zainab|
Zdenek|Zeynep|Zhou|Ziad|Zlatko|Zoe|Zsolt|Lech|Boyko|Viktor|Traian|Klaus|Aleksandar|Mirko|Rumen|Andrius|Kersti|Toomas|
Egils|Raimonds|Lennart|Matti|Sauli|Tarja|Uffe|Helle|Erna|Kjell|Gro|Goran|Bertie|Enda|Micheal|Leo|Sinn|Wim|Ruud|Mark|
Elio|Herman|Guy|Xavier|Jean-Claude|Jean-Luc|Jean-Marie|Jean-Pierre|Jean-Yves|Marie-France|Hans-Dietrich|Hans-Juergen|
Walter|Gerhard|Joschka|Wolfgang|Frank-Walter|Annalena|Romano|Enrico|Giuliano|Lamberto|Massimo|Gianfranco|Umberto|
Francois|Lionel|Alain|Dominique|Segolene|Felipe|Jose|Mariano|Alfredo|Esperanza|Cuauhtemoc|Andres|Marcelo|Ernesto|
Alberto|Carlos|Fernando|Ollanta|Ricardo|Tabare|Juan|Cristina|Michelle|Sebastian|Gabriel|Rafael|Lenin|Daniel|Violeta|
Oscar|Alvaro|Ivan|Gustavo|Nayib|Xiomara|Dina|Laurentino|Luis|Benjamin|Ehud|Ariel|Yitzhak|Shimon|Naftali|Yair|Benny|
Gadi|Avigdor|Mahmoud|Ismail|Yahya|Khaled|Ayman|Mohammed|Abdel|Abdullah|Salman|Tamim|Hamad|Sabah|Qaboos|Haitham|
Hassan|Michel|Najib|Saad|Rafik|Nouri|Haider|Mustafa|Masoud|Jalal|Barham|Ebrahim|Hassan|Akbar|Mir-Hossein|Ali|Javad`);

/** Frequent family names of many countries: a person cue when capitalised after a given name or title. */
export const SURNAMES = split(`Smith|Johnson|Williams|Brown|Jones|Miller|Davis|Garcia|Rodriguez|Wilson|Martinez|Anderson|
Taylor|Thomas|Hernandez|Moore|Martin|Jackson|Thompson|White|Lopez|Lee|Gonzalez|Harris|Clark|Lewis|Robinson|Walker|Perez|
Hall|Young|Allen|Sanchez|Wright|King|Scott|Green|Baker|Adams|Nelson|Hill|Ramirez|Campbell|Mitchell|Roberts|Carter|
Phillips|Evans|Turner|Torres|Parker|Collins|Edwards|Stewart|Flores|Morris|Nguyen|Murphy|Rivera|Cook|Rogers|Morgan|
Peterson|Cooper|Reed|Bailey|Bell|Gomez|Kelly|Howard|Ward|Cox|Diaz|Richardson|Wood|Watson|Brooks|Bennett|Gray|James|
Reyes|Cruz|Hughes|Price|Myers|Long|Foster|Sanders|Ross|Morales|Powell|Sullivan|Russell|Ortiz|Jenkins|Gutierrez|Perry|
Butler|Barnes|Fisher|Henderson|Coleman|Simmons|Patterson|Jordan|Reynolds|Hamilton|Graham|Kim|Gonzales|Alexander|
Ramos|Wallace|Griffin|West|Cole|Hayes|Chavez|Gibson|Bryant|Ellis|Stevens|Murray|Ford|Marshall|Owens|McDonald|Harrison|
Ruiz|Kennedy|Wells|Alvarez|Woods|Mendoza|Castillo|Olson|Webb|Washington|Tucker|Freeman|Burns|Henry|Vasquez|Snyder|
Simpson|Crawford|Jimenez|Porter|Mason|Shaw|Gordon|Wagner|Hunter|Romero|Hicks|Dixon|Hunt|Palmer|Robertson|Black|Holmes|
Stone|Meyer|Boyd|Mills|Warren|Fox|Rose|Rice|Moreno|Schmidt|Patel|Ferguson|Nichols|Herrera|Medina|Ryan|Fernandez|
Weaver|Daniels|Stephens|Gardner|Payne|Kelley|Dunn|Pierce|Arnold|Tran|Spencer|Peters|Hawkins|Grant|Hansen|Castro|Hoffman|
Hart|Elliott|Cunningham|Knight|Bradley|Muller|Mueller|Schneider|Fischer|Weber|Becker|Schulz|Koch|Richter|Klein|Wolf|
Schroeder|Neumann|Schwarz|Zimmermann|Braun|Kruger|Hofmann|Hartmann|Lange|Werner|Krause|Lehmann|Kohler|Maier|Huber|
Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|DeLuca|Mancini|Costa|Giordano|
Rizzo|Lombardi|Moretti|Dubois|Durand|Lefebvre|Leroy|Moreau|Simon|Laurent|Michel|Bertrand|Roux|Vincent|Fournier|
Morel|Girard|Andre|Mercier|Blanc|Guerin|Boyer|Garnier|Chevalier|Francois|Legrand|Gauthier|Perrin|Robin|Clement|
Morin|Nicolas|Henry|Roussel|Mathieu|Gautier|Masson|Marchand|Duval|Denis|Dumont|Marie|Lemaire|Noel|Meyer|Dufour|
Silva|Santos|Oliveira|Souza|Pereira|Lima|Carvalho|Ferreira|Almeida|Ribeiro|Rodrigues|Gomes|Martins|Araujo|Barbosa|
Ivanov|Smirnov|Kuznetsov|Popov|Vasiliev|Petrov|Sokolov|Mikhailov|Novikov|Fedorov|Morozov|Volkov|Alekseev|Lebedev|
Semenov|Egorov|Pavlov|Kozlov|Stepanov|Nikolaev|Orlov|Andreev|Makarov|Nikitin|Zakharov|Zaitsev|Solovyov|Borisov|
Yakovlev|Grigoriev|Romanov|Vorobyov|Sergeev|Kuzmin|Frolov|Alexandrov|Dmitriev|Korolev|Gusev|Kiselev|Ilyin|Maksimov|
Polyakov|Sorokin|Vinogradov|Kovalev|Belov|Medvedev|Antonov|Tarasov|Zhukov|Baranov|Filippov|Komarov|Davydov|Belyaev|
Gerasimov|Bogdanov|Osipov|Sidorov|Matveev|Titov|Markov|Mironov|Krylov|Kulikov|Karpov|Vlasov|Melnikov|Denisov|
Shevchenko|Kovalenko|Bondarenko|Tkachenko|Kravchenko|Oliynyk|Shevchuk|Koval|Polishchuk|Boyko|Tkachuk|Marchenko|
Melnyk|Moroz|Lysenko|Rudenko|Savchenko|Petrenko|Klymenko|Pavlenko|Kovalchuk|Ivanenko|Nowak|Kowalski|Wisniewski|
Wojcik|Kowalczyk|Kaminski|Lewandowski|Zielinski|Szymanski|Wozniak|Dabrowski|Kozlowski|Jankowski|Mazur|Kwiatkowski|
Novak|Svoboda|Novotny|Dvorak|Cerny|Prochazka|Kucera|Horvat|Kovacevic|Babic|Jovanovic|Petrovic|Nikolic|Markovic|
Djordjevic|Stojanovic|Ilic|Popovic|Nagy|Kovacs|Toth|Szabo|Horvath|Varga|Kiss|Molnar|Nemeth|Farkas|Balogh|Papadopoulos|
Georgiou|Yilmaz|Kaya|Demir|Sahin|Celik|Yildiz|Yildirim|Ozturk|Aydin|Ozdemir|Arslan|Dogan|Kilic|Aslan|Cetin|Kara|Koc|
Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Hu|Guo|He|Lin|Gao|Luo|Zheng|Liang|Xie|Song|Tang|Han|Feng|
Deng|Cao|Peng|Zeng|Xiao|Tian|Dong|Pan|Yuan|Cai|Jiang|Yu|Du|Ye|Cheng|Wei|Su|Lu|Ding|Ren|Shen|Yao|Jin|Park|Choi|Jung|
Kang|Cho|Yoon|Jang|Lim|Han|Oh|Seo|Shin|Kwon|Hwang|Ahn|Song|Hong|Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto|
Nakamura|Kobayashi|Kato|Yoshida|Yamada|Sasaki|Yamaguchi|Matsumoto|Inoue|Kimura|Hayashi|Shimizu|Abe|Mori|Ikeda|
Hashimoto|Yamashita|Ishikawa|Nakajima|Maeda|Fujita|Ogawa|Okada|Goto|Hasegawa|Murakami|Kondo|Ishii|Sakamoto|Endo|
Singh|Kumar|Sharma|Gupta|Shah|Mehta|Reddy|Rao|Nair|Iyer|Das|Bose|Banerjee|Chatterjee|Mukherjee|Chowdhury|Khan|Ahmed|
Ali|Hussain|Hussein|Rahman|Malik|Qureshi|Siddiqui|Sheikh|Abbas|Haddad|Khalil|Nasser|Mansour|Saleh|Aziz|Hamdan|
Ibrahim|Mahmoud|Mohamed|Osman|Yousef|Farah|Okafor|Okonkwo|Mensah|Owusu|Boateng|Kamau|Mwangi|Otieno|Ndlovu|Dlamini|
Nkosi|Mokoena|Van der Merwe|Botha|Pretorius|De Jong|Jansen|De Vries|Van den Berg|Van Dijk|Bakker|Visser|Smit|Meijer|
De Boer|Mulder|De Groot|Bos|Vos|Peters|Hendriks|Van Leeuwen|Dekker|Brouwer|De Wit|Dijkstra|Andersson|Johansson|
Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Svensson|Gustafsson|Pettersson|Jonsson|Jensen|Nielsen|Hansen|
Pedersen|Andersen|Christensen|Larsen|Sorensen|Rasmussen|Johansen|Olsen|Korhonen|Virtanen|Makinen|Nieminen|
Murphy|Kelly|OSullivan|Walsh|OBrien|Byrne|Ryan|OConnor|ONeill|Doyle|McCarthy|Gallagher|Doherty|Kennedy|Lynch|Murray|
Quinn|Moore|McLaughlin|Carroll|Connolly|Daly|Connell|Wilson|Dunne|Brennan|Burke|Collins|Campbell|Clarke|Johnston|
Hughes|Farrell|Fitzgerald|Brown|Martin|Maguire|Nolan|Flynn|Thompson|Callaghan|Whelan|Dempsey`);

/** More cities, world-wide. */
export const MORE_CITIES = split(`Aachen|Aberdeen|Abu Dhabi|Acapulco|Adana|Agadir|Agra|Ajaccio|Akron|Albany|Albuquerque|
Aleppo|Alicante|Allahabad|Amritsar|Anaheim|Ankara|Annapolis|Arlington|Arusha|Asmara|Astrakhan|Athens|Atlanta|Auckland|
Augsburg|Avignon|Bakersfield|Balikpapan|Bamako|Bandar Abbas|Bangui|Banja Luka|Barnaul|Barranquilla|Baton Rouge|Bath|
Beira|Belem|Belgrade|Benin City|Bergamo|Bern|Bethlehem|Bhopal|Bielefeld|Birmingham|Bishkek|Blantyre|Bochum|Bogota|
Boise|Bonn|Bradford|Bratislava|Bremen|Brest|Brighton|Brisbane|Brno|Bruges|Bucharest|Bujumbura|Bukavu|Bulawayo|Bursa|
Busan|Cagliari|Calais|Cali|Camden|Campinas|Cannes|Canterbury|Caracas|Cardiff|Catania|Cebu|Charleston|Chattanooga|
Chemnitz|Chengdu|Chernihiv|Cherkasy|Chernivtsi|Chiang Mai|Chisinau|Chittagong|Cluj|Coimbra|Cologne|Colombo|
Columbia|Conakry|Constanta|Copenhagen|Cork|Coventry|Cracow|Craiova|Curitiba|Cusco|Daegu|Daejeon|Dalian|Damascus|
Danang|Dayton|Debrecen|Denpasar|Derby|Des Moines|Dhaka|Dili|Dortmund|Douala|Dover|Duisburg|Dundee|Dunedin|Durban|
Dusseldorf|Eindhoven|El Paso|Erfurt|Erzurum|Essen|Eugene|Faisalabad|Faro|Fortaleza|Fort Worth|Freiburg|Fresno|Gaza City|
Gdynia|Genoa|Ghent|Gijon|Glasgow|Goiania|Gothenburg|Granada|Graz|Grenoble|Groningen|Guangzhou|Guilin|Guwahati|
Haarlem|Haifa|Halifax|Halle|Hamilton|Hangzhou|Hartford|Heidelberg|Helsinki|Hiroshima|Hobart|Homs|Hue|Hull|Iasi|
Innsbruck|Inverness|Ipswich|Irbil|Isfahan|Islamabad|Izmir|Jaffna|Jaipur|Jalalabad|Jerusalem|Jinan|Kaduna|Kandahar|
Kanpur|Kaohsiung|Karaganda|Karlsruhe|Kassel|Katowice|Kaunas|Kemerovo|Khartoum|Khulna|Kiel|Kigali|Kingston|Kinshasa|
Kirov|Kisumu|Klaipeda|Knoxville|Kochi|Kosice|Kota Kinabalu|Kramatorsk|Krasnodar|Kryvyi Rih|Kumasi|Kunming|Kursk|
Kyoto|La Paz|Lanzhou|Las Palmas|Lausanne|Le Havre|Leicester|Leon|Lexington|Lhasa|Limassol|Limerick|Linz|Lipetsk|
Little Rock|Lodz|Louisville|Lubeck|Lublin|Lucknow|Ludhiana|Lugano|Lusaka|Luxor|Lyon|Maastricht|Madison|Madurai|
Magdeburg|Mainz|Makhachkala|Malaga|Managua|Manaus|Mandalay|Mannheim|Maputo|Maracaibo|Mashhad|Mazar|Medan|Meerut|
Mendoza|Merida|Messina|Metz|Milwaukee|Minsk|Mobile|Mogadishu|Mombasa|Monaco|Montpellier|Montgomery|Mosul|Multan|
Munster|Murcia|Nagasaki|Nagpur|Nairobi|Nanjing|Nantes|Naples|Nashik|Natal|Nazareth|Ndjamena|Newark|Niamey|Nicosia|
Nis|Nizhny Tagil|Norfolk|Norwich|Nottingham|Novi Sad|Nuremberg|Oakland|Odense|Okayama|Oklahoma City|Omaha|Oran|
Orenburg|Osh|Osijek|Ostrava|Oulu|Oviedo|Padua|Palermo|Pamplona|Paphos|Parma|Patna|Patras|Penza|Perugia|Peshawar|
Phnom Penh|Pisa|Plovdiv|Plymouth|Podgorica|Poltava|Port Louis|Port Said|Port Sudan|Portsmouth|Potsdam|Poznan|
Providence|Pskov|Puebla|Pune|Pyongyang|Qingdao|Quebec City|Quetta|Rabat|Raleigh|Rangoon|Recife|Regensburg|Reims|
Rennes|Richmond|Riga|Rivne|Rochester|Rostock|Rouen|Ryazan|Saarbrucken|Saint-Etienne|Salerno|Salt Lake City|
Salzburg|Samarkand|San Juan|San Sebastian|Santa Cruz|Santander|Santiago de Cuba|Santo Domingo|Sapporo|Sarajevo|
Saratov|Sendai|Seville|Sfax|Shiraz|Shkoder|Sialkot|Siena|Skopje|Smolensk|Southampton|Split|Spokane|Springfield|
Srinagar|Stavanger|Stavropol|Stockton|Sucre|Surat|Suva|Szczecin|Szeged|Tabriz|Tacoma|Taichung|Tainan|Taiyuan|
Tallahassee|Tangier|Tartu|Tashkent|Tbilisi|Tegucigalpa|Tel Aviv|Ternopil|Thessaloniki|Tianjin|Timisoara|Tirana|
Tokyo|Toledo|Tomsk|Toulon|Tours|Trieste|Tripoli|Trondheim|Tucson|Tula|Tulsa|Turku|Tver|Tyumen|Udine|Ulsan|Ulyanovsk|
Uppsala|Utrecht|Uzhhorod|Vaduz|Valladolid|Valletta|Varanasi|Varna|Verona|Vicenza|Vientiane|Vigo|Vilnius|Vinnytsia|
Vitebsk|Vladikavkaz|Vologda|Wellington|Wichita|Wiesbaden|Windhoek|Winnipeg|Wroclaw|Wuppertal|Xiamen|Yaroslavl|
Yerevan|Yokohama|Zagreb|Zaragoza|Zhytomyr|Zurich|Kabul|Herat|Luanda|Huambo|Lagos|Abuja|Accra|Kano|Addis Ababa|Asmara`);

/** Well-known companies, parties and sports clubs: organizations in any news story. */
export const MORE_ORGANIZATIONS = split(`Alphabet|Alibaba|Tencent|Baidu|Sinopec|PetroChina|China Mobile|Foxconn|Lenovo|
Xiaomi|Hitachi|Panasonic|Toshiba|Honda|Nissan|Mitsubishi|Mazda|Subaru|Suzuki|Canon|Nikon|Fujitsu|Nintendo|Hyundai|
Kia|LG|SK Hynix|Daewoo|Tata|Reliance|Infosys|Wipro|Mahindra|Adani|Unilever|Procter & Gamble|Johnson & Johnson|Pfizer|
Moderna|AstraZeneca|GlaxoSmithKline|Novartis|Roche|Sanofi|Bayer|BASF|Merck|Eli Lilly|Nestle|Danone|Coca-Cola|PepsiCo|
McDonald's|Starbucks|Walmart|Costco|Carrefour|Tesco|Ikea|H&M|Zara|Inditex|Nike|Adidas|Puma|BMW|Daimler|Mercedes-Benz|
Audi|Porsche|Renault|Peugeot|Citroen|Fiat|Chrysler|Stellantis|Volvo|Saab|Ericsson|Nokia|Philips|Heineken|Carlsberg|
Diageo|Rolls-Royce|BAE Systems|Thales|Dassault|Leonardo|Saab|Northrop Grumman|General Dynamics|General Electric|
Honeywell|Caterpillar|3M|Dow|DuPont|Halliburton|Schlumberger|ConocoPhillips|Eni|Repsol|Equinor|Statoil|Petrobras|
Pemex|Saudi Aramco|Aramco|Gazprom Neft|Novatek|Rosneft|Transneft|Naftogaz|Ukrnafta|Nord Stream|Glencore|Rio Tinto|
BHP|Anglo American|Vale|ArcelorMittal|Nornickel|Rusal|Alcoa|Visa|Mastercard|American Express|PayPal|Citibank|
Bank of America|Wells Fargo|BNP Paribas|Societe Generale|Santander|ING|Rabobank|Commerzbank|Allianz|AXA|Generali|
Lloyd's|Lloyds|Prudential|Berkshire Hathaway|BlackRock|Vanguard|Fidelity|Nomura|Mizuho|Netflix|Disney|Warner Bros|
Paramount|Comcast|Verizon|AT&T|T-Mobile|Vodafone|Orange|Telefonica|Deutsche Telekom|Swisscom|Uber|Lyft|Airbnb|
Oracle|Cisco|Qualcomm|Nvidia|AMD|Dell|HP|Hewlett-Packard|Xerox|Motorola|BlackBerry|Yahoo|eBay|Spotify|Zoom|OpenAI|
Emirates|Qatar Airways|Lufthansa|Air France|KLM|British Airways|Ryanair|easyJet|Delta|United Airlines|
American Airlines|Turkish Airlines|Singapore Airlines|Cathay Pacific|Maersk|FedEx|UPS|DHL|Deutsche Post|Siemens Energy|
Labour|Tories|Conservatives|Liberal Democrats|SNP|Sinn Fein|Fianna Fail|Fine Gael|CDU|CSU|SPD|FDP|AfD|Greens|
Die Linke|Likud|Kadima|Fatah|PLO|ANC|Congress Party|BJP|PPP|PML-N|Kuomintang|KMT|LDP|Syriza|PASOK|Podemos|PSOE|
Forza Italia|Lega|Five Star Movement|Front National|National Rally|En Marche|Renaissance|Fidesz|Law and Justice|PiS|
Civic Platform|Servant of the People|Batkivshchyna|Party of Regions|Communist Party of the Russian Federation|
Yabloko|Liberal Democratic Party|Republicans|Democrats|Hezbollah|Houthis|Ansar Allah|Muslim Brotherhood|
Real Madrid|Barcelona|Atletico Madrid|Sevilla|Valencia|Bayern Munich|Borussia Dortmund|Schalke|Bayer Leverkusen|
Juventus|Inter Milan|AC Milan|Napoli|AS Roma|Lazio|Fiorentina|Paris Saint-Germain|PSG|Marseille|Olympique Lyonnais|
Monaco|Ajax|PSV Eindhoven|Feyenoord|Benfica|Porto|Sporting Lisbon|Celtic|Rangers|Manchester United|Manchester City|
Liverpool|Chelsea|Arsenal|Tottenham|Tottenham Hotspur|Everton|Newcastle United|Aston Villa|West Ham|Leeds United|
Galatasaray|Fenerbahce|Besiktas|Olympiakos|Panathinaikos|Anderlecht|Club Brugge|Spartak Moscow|CSKA Moscow|
Dynamo Kiev|Dynamo Kyiv|Shakhtar Donetsk|Zenit|Red Star Belgrade|Partizan|Boca Juniors|River Plate|Flamengo|
Santos|Palmeiras|Corinthians|New York Yankees|Boston Red Sox|Los Angeles Dodgers|Chicago Cubs|Chicago Bulls|
Los Angeles Lakers|Boston Celtics|Golden State Warriors|New York Knicks|Dallas Cowboys|Green Bay Packers|
New England Patriots|Pittsburgh Steelers|Montreal Canadiens|Toronto Maple Leafs`);

/** Months and weekdays, with their usual abbreviations: capitalised, but not names of actors. */
export const CALENDAR = split(`January|February|March|April|May|June|July|August|September|October|November|December|
Jan.|Feb.|Mar.|Apr.|Aug.|Sep.|Sept.|Oct.|Nov.|Dec.|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|
Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays|Mon.|Tue.|Tues.|Wed.|Thu.|Thur.|Thurs.|Fri.|Sat.|Sun.`);

/**
 * Last words of newspaper and agency names, by which a text may name the publication alone
 * ("The Continental Review", then "the Review"; "the Gazette" in The Valley Gazette's own pages).
 * Lower case; not a feature of the tagger.
 */
export const MEDIA_NAME_HEADS: ReadonlySet<string> = new Set(['times', 'post', 'review', 'chronicle', 'herald', 'messenger', 'gazette', 'journal',
  'courier', 'tribune', 'standard', 'guardian', 'telegraph', 'observer', 'independent', 'sentinel', 'ledger', 'wire', 'globe', 'mail', 'express',
  'star', 'mirror', 'examiner', 'inquirer', 'dispatch', 'bulletin', 'monitor', 'register', 'record', 'recorder', 'clarion', 'beacon', 'today', 'news', 'daily',
  'echo', 'voice', 'banner', 'argus', 'enquirer', 'courant', 'spectator', 'telegram', 'advertiser', 'digest', 'citizen', 'crier', 'vanguard',
  'ensign', 'lantern', 'lookout', 'compass', 'intelligencer']);

/**
 * Genera of the bacteria, parasites and fungi that outbreak news names, capitalised as biology
 * writes them ("Listeria was found at the plant"): no actors. Lower case; not a feature of the tagger.
 */
export const GENERA: ReadonlySet<string> = new Set(['salmonella', 'listeria', 'legionella', 'shigella', 'campylobacter', 'cronobacter',
  'clostridium', 'clostridioides', 'staphylococcus', 'streptococcus', 'enterococcus', 'vibrio', 'escherichia', 'mycobacterium', 'plasmodium',
  'aspergillus', 'bordetella', 'neisseria', 'klebsiella', 'pseudomonas', 'acinetobacter', 'yersinia', 'bacillus', 'brucella',
  'leptospira', 'rickettsia', 'treponema', 'haemophilus', 'cryptosporidium', 'giardia', 'toxoplasma', 'cyclospora', 'trichinella',
  'burkholderia', 'coxiella', 'francisella', 'chlamydia', 'helicobacter', 'cryptococcus', 'trypanosoma', 'leishmania', 'schistosoma']);

/** Acronyms of things, measures and jobs that news writes in capitals and that never name an actor. */
export const TERM_ACRONYMS: ReadonlySet<string> = new Set(['VAT', 'GDP', 'GNP', 'CEO', 'CFO', 'COO', 'CTO', 'HIV', 'AIDS', 'DNA', 'RNA', 'PCR',
  'GMT', 'UTC', 'ICU', 'IED', 'IEDs', 'RPG', 'RPGs', 'SUV', 'SUVs', 'CCTV', 'ATM', 'ATMs', 'PIN', 'SMS', 'PDF', 'URL', 'FAQ', 'IPO', 'LNG',
  'LPG', 'PPE', 'PTSD', 'MRI', 'GPS', 'USB', 'VPN', 'DDoS', 'VIP', 'VIPs', 'ILS', 'UAV', 'UAVs', 'ICBM', 'ICBMs', 'MLRS', 'ATGM']);
