package org.amparo.cases.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Name lists of the synthetic population, in four scripts. SYNTHETIC, FICTIONAL DATA: these are
 * common given names and family names, combined at random; no combination describes a real person,
 * and the frequencies are a rough Zipf-like ranking made up for load, not statistics of any country.
 *
 * <p>One entry is a group of spellings of the same name: {@code originals=latin spellings}, each
 * side separated by {@code /}. The first original is the usual one; the Latin spellings are what a
 * caseworker might copy from a document. Latin-script groups have no {@code =} part: every spelling
 * is an original. Earlier entries are drawn more often.
 */
final class SyntheticNames {
    /** A script of the population, with its share of persons (sums to 100). */
    enum Script {
        ARABIC(35), LATIN(45), CYRILLIC(12), LAO(8);

        final int percent;

        Script(int percent) {
            this.percent = percent;
        }
    }

    /** A group of spellings of one name. */
    record Group(List<String> originals, List<String> latin) {
    }

    /** The lists of one script. */
    record Lists(List<Group> male, List<Group> female, List<Group> family) {
    }

    static final Lists ARABIC = new Lists(groups("""
            محمد/محمّد=Mohamed/Mohammed/Muhammad/Mohamad
            أحمد/احمد=Ahmed/Ahmad
            علي=Ali
            عمر=Omar/Umar
            يوسف=Youssef/Yusuf/Youssouf
            إبراهيم/ابراهيم=Ibrahim/Brahim
            خالد=Khaled/Khalid
            حسن=Hassan/Hasan
            حسين=Hussein/Houssein/Husayn
            مصطفى=Mustapha/Mustafa/Moustafa
            سعيد=Said/Saeed
            عبدالله/عبد الله=Abdallah/Abdullah
            إسماعيل/اسماعيل=Ismail/Smail
            كريم=Karim/Kareem
            رشيد=Rachid/Rashid
            ياسين=Yassine/Yasin
            أيوب=Ayoub/Ayub
            حمزة=Hamza/Hamzah
            بلال=Bilal
            طارق=Tarek/Tariq
            نبيل=Nabil
            جمال=Jamal/Djamel
            سليمان=Souleymane/Sulayman
            موسى=Moussa/Musa
            عثمان=Othmane/Uthman/Ousmane
            آدم=Adam
            زكرياء/زكريا=Zakaria/Zakariya
            أنس=Anas
            مهدي=Mehdi/Mahdi
            """), groups("""
            فاطمة=Fatima/Fatma/Fatimah
            مريم=Maryam/Meriem/Mariam
            عائشة=Aicha/Aisha
            خديجة=Khadija/Khadidja
            زينب=Zineb/Zaynab
            أمينة/امينة=Amina/Aminah
            نور=Nour/Noor
            سارة=Sara/Sarah
            ليلى=Leila/Layla
            هدى=Houda/Huda
            سلمى=Salma
            حليمة=Halima
            نادية=Nadia
            سميرة=Samira
            كريمة=Karima
            أسماء=Asmaa/Asma
            إيمان=Imane/Iman
            رحمة=Rahma
            يسرى=Youssra/Yusra
            حنان=Hanane/Hanan
            سعاد=Souad/Suad
            وفاء=Wafae/Wafa
            أمل=Amal
            نعيمة=Naima
            """), groups("""
            العلوي=El Alaoui/Alaoui
            الإدريسي=El Idrissi/Idrissi
            بنعلي/بن علي=Benali/Ben Ali
            حداد=Haddad
            منصور=Mansour/Mansur
            التازي=Tazi/Ettazi
            الفاسي=El Fassi/Fassi
            بناني=Bennani
            الشرقاوي=Cherkaoui/Charqawi
            العمراني=El Amrani/Amrani
            الحسني=El Hassani/Hassani
            بوزيد=Bouzid
            الخطيب=El Khatib/Khatib
            عبد الله=Abdallah/Abdullah
            حسن=Hassan/Hasan
            إبراهيم=Ibrahim
            عثمان=Osman/Othman
            الصديق=Seddik/Siddiq
            آدم=Adam
            محمود=Mahmoud/Mahmud
            يوسف=Youssef/Yousef
            الطيب=Tayeb/Al-Tayeb
            النور=Elnour/Al-Nour
            بشير=Bashir/Bachir
            جابر=Jaber/Jabir
            السيد=El Sayed/Elsayed
            سالم=Salem/Salim
            قاسم=Kacem/Qasim
            مراد=Mourad/Murad
            العباسي=Abbassi/El Abbassi
            """));

    static final Lists LATIN = new Lists(groups("""
            Mamadou/Mamadu
            Ibrahima/Ibrahim
            Moussa/Musa
            Ousmane/Usman
            Abdoulaye/Abdulai
            Amadou/Ahmadou
            Mohamed/Mohammed/Muhammad
            Sékou/Sekou
            Boubacar/Bubacarr
            Lamine/Lamin
            Cheikh/Sheikh
            Modou
            Alassane
            Souleymane/Suleiman
            Issa
            Oumar/Omar
            Youssouf/Yusuf
            Jean
            Emmanuel
            Joseph
            Samuel
            Daniel
            Patrick
            Christian
            Kofi
            Kwame
            Chinedu
            Emeka
            Tesfaye
            Dawit
            Yonas
            Abdi
            José
            Carlos
            """), groups("""
            Aminata/Aminatou
            Fatoumata/Fatumata
            Mariama/Mariam
            Aïssatou/Aissatou/Aisatu
            Kadiatou/Khadija
            Awa
            Hawa
            Adama
            Ramatoulaye
            Bintou
            Rokia
            Oumou
            Grace
            Blessing
            Mercy
            Esther
            Marie
            Fatima/Fatma
            Sarah/Sara
            Ruth
            Helen
            Selam
            Tigist
            Hiwot
            Ana
            María/Maria
            """), groups("""
            Diallo/Jallow
            Traoré/Traore
            Coulibaly/Kulibali
            Koné/Kone
            Camara/Kamara
            Diop
            Ndiaye/N'Diaye
            Sow
            Bah/Ba
            Keïta/Keita
            Touré/Toure
            Cissé/Cisse
            Sylla
            Barry
            Sanogo
            Konaté/Konate
            Fofana
            Sangaré/Sangare
            Kouyaté/Kouyate
            Dembélé/Dembele
            Mensah
            Okafor
            Okeke
            Adeyemi
            Haile
            Gebremedhin
            Mohamed/Mohammed
            Ali
            Hassan
            Abdi
            Osman
            Ngoy
            Mukendi
            Ilunga
            Kasongo
            García/Garcia
            Rodríguez/Rodriguez
            Pérez/Perez
            """));

    static final Lists CYRILLIC = new Lists(groups("""
            Александр/Олександр/Аляксандр=Aleksandr/Alexander/Oleksandr/Aliaksandr
            Сергей/Сергій=Sergey/Serhii/Sergei
            Дмитрий/Дмитро=Dmitry/Dmytro
            Андрей/Андрій=Andrey/Andrii/Andrei
            Алексей/Олексій=Aleksei/Oleksii/Alexey
            Иван/Іван=Ivan
            Михаил/Михайло=Mikhail/Mykhailo
            Николай/Микола=Nikolai/Mykola
            Владимир/Володимир=Vladimir/Volodymyr
            Евгений/Євген=Evgeny/Yevhen
            Максим=Maksim/Maksym
            Артём/Артем=Artem/Artyom
            Юрий/Юрій=Yuri/Yurii
            Тимур=Timur
            Рустам=Rustam
            Азамат=Azamat
            """), groups("""
            Ольга/Вольга=Olga/Olha/Volha
            Наталья/Наталія=Natalia/Nataliia
            Елена/Олена=Elena/Olena/Yelena
            Ирина/Ірина=Irina/Iryna
            Анна/Ганна=Anna/Hanna
            Мария/Марія=Maria/Mariia
            Татьяна/Тетяна=Tatiana/Tetiana
            Екатерина/Катерина=Ekaterina/Kateryna
            Светлана/Світлана=Svetlana/Svitlana
            Юлия/Юлія=Yulia/Yuliia
            Оксана=Oksana
            Дарья/Дарія=Daria/Dariia
            Гульнара=Gulnara
            Айгуль=Aigul
            Зарина=Zarina
            """), groups("""
            Иванов=Ivanov
            Петров=Petrov
            Смирнов=Smirnov
            Кузнецов=Kuznetsov
            Попов=Popov
            Соколов=Sokolov
            Волков=Volkov
            Коваленко=Kovalenko
            Шевченко=Shevchenko
            Бондаренко=Bondarenko
            Ткаченко=Tkachenko
            Кравченко=Kravchenko
            Мельник=Melnyk/Melnik
            Бойко=Boiko/Boyko
            Коваль=Koval
            Олійник=Oliinyk/Oleinik
            Лысенко/Лисенко=Lysenko
            Новиков=Novikov
            Морозов=Morozov
            Павлов=Pavlov
            Алиев=Aliyev/Aliev
            Каримов=Karimov
            Рахимов=Rakhimov
            Юсупов=Yusupov
            Назаров=Nazarov
            """));

    static final Lists LAO = new Lists(groups("""
            ສົມສັກ=Somsak/Somsack
            ບຸນມີ=Bounmy/Bounmi
            ສົມພອນ=Somphone/Somphon
            ບົວພັນ=Bouaphanh/Bouaphan
            ຄຳພອນ=Khamphone/Khamphon
            ສົມບັດ=Sombath/Sombat
            ທອງດີ=Thongdy/Thongdi
            ຄຳແສງ=Khamsaeng/Khamseng
            ພູມີ=Phoumy/Phoumi
            """), groups("""
            ມະນີ=Many/Mani
            ຈັນທະລາ=Chanthala/Chantala
            ພອນສະຫວັນ=Phonsavanh/Phonsavan
            ນ້ອຍ=Noy/Noi
            ດາວ=Dao
            ແກ້ວ=Keo/Kaeo
            ບົວ=Boua/Bua
            ສຸດາ=Souda/Suda
            ຄຳ=Kham
            """), groups("""
            ພົມມະວົງ=Phommavong/Phommavongsa
            ສີຫາລາດ=Sihalath/Sihalat
            ວົງສາ=Vongsa/Wongsa
            ໄຊຍະວົງ=Sayavong/Xayavong
            ສຸວັນນະວົງ=Souvannavong/Suvannavong
            ອິນທະວົງ=Inthavong/Inthavongsa
            ພັນທະວົງ=Phanthavong
            ຈັນທະວົງ=Chanthavong
            ແກ້ວມະນີ=Keomany/Keomani
            ສີສຸວັນ=Sisouvanh/Sisouvan
            ພິລາວົງ=Philavong
            ດວງມາລາ=Douangmala/Duangmala
            """));

    private SyntheticNames() {
    }

    static Lists lists(Script script) {
        return switch (script) {
            case ARABIC -> ARABIC;
            case LATIN -> LATIN;
            case CYRILLIC -> CYRILLIC;
            case LAO -> LAO;
        };
    }

    /** A group index, earlier ones more often (weight 1 / (rank + 1)). */
    static int rank(SplittableRandom random, int size) {
        double total = harmonic(size);
        double x = random.nextDouble() * total;
        for (int i = 0; i < size; i++) {
            x -= 1.0 / (i + 1);
            if (x <= 0) {
                return i;
            }
        }
        return size - 1;
    }

    private static double harmonic(int n) {
        double h = 0;
        for (int i = 1; i <= n; i++) {
            h += 1.0 / i;
        }
        return h;
    }

    /** A spelling: the usual one most of the time, else another of the group. */
    static String spelling(SplittableRandom random, List<String> spellings) {
        if (spellings.size() == 1 || random.nextInt(100) < 60) {
            return spellings.get(0);
        }
        return spellings.get(1 + random.nextInt(spellings.size() - 1));
    }

    /** The Russian/Ukrainian feminine form of a family name (Иванов to Иванова), Latin or Cyrillic. */
    static String feminine(String family) {
        if (family.endsWith("ов") || family.endsWith("ев") || family.endsWith("ин") || family.endsWith("ov")
                || family.endsWith("ev") || family.endsWith("in")) {
            return family + (family.charAt(family.length() - 1) < 0x80 ? "a" : "а");
        }
        return family;
    }

    private static List<Group> groups(String text) {
        List<Group> groups = new ArrayList<>();
        for (String line : text.strip().split("\n")) {
            String[] sides = line.strip().split("=", 2);
            List<String> originals = List.of(sides[0].split("/"));
            List<String> latin = sides.length == 1 ? originals : List.of(sides[1].split("/"));
            groups.add(new Group(originals, latin));
        }
        return List.copyOf(groups);
    }
}
