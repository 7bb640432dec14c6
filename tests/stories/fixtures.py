"""Hand-written articles in the styles of many Indonesian outlets, for grouping and store tests.

Events (fictional details, real places):
- gempa: an earthquake in Garut told by four outlets in their own words, plus a follow-up the next day;
- banjir_bekasi / banjir_bandung: two floods in West Java on the same day (look-alikes, must stay apart);
- gubernur_rs / gubernur_pasar: the same governor at two different events three days apart (must stay apart);
- pendaki: a search for missing climbers over a week (one story);
- antara_ekspor: an ANTARA text copied by other outlets with a new lead, trimmed, and verbatim (duplicates).
"""

from __future__ import annotations

from kabar.records import Article

ARTICLES = [
    # --- gempa (one story) ---
    dict(id="gempa-detik", event="gempa", outlet="detikcom", published="2024-02-12T08:40+07:00",
         title="Gempa M 5,8 Guncang Garut, 37 Rumah Rusak",
         text="Garut - Gempa bumi bermagnitudo 5,8 mengguncang Kabupaten Garut, Jawa Barat, Senin (12/2/2024) pagi.\n"
              "BMKG mencatat pusat gempa berada 43 kilometer barat daya Garut pada kedalaman 112 kilometer.\n"
              "Kepala Pelaksana BPBD Garut Satria Budi mengatakan 37 rumah warga di Kecamatan Pameungpeuk dan "
              "Cibalong mengalami kerusakan.\n"
              "\"Tidak ada korban jiwa, tiga warga luka ringan tertimpa genteng,\" kata Satria.\n"
              "Getaran gempa juga dirasakan warga Tasikmalaya dan Bandung selama beberapa detik."),
    dict(id="gempa-kompas", event="gempa", outlet="Kompas.com", published="2024-02-12T09:15+07:00",
         title="Guncangan Gempa Magnitudo 5,8 Rusak Puluhan Rumah di Pameungpeuk",
         text="GARUT, KOMPAS.com - Puluhan rumah di wilayah selatan Garut rusak setelah gempa magnitudo 5,8 "
              "terjadi pada Senin pagi.\n"
              "Menurut data Badan Penanggulangan Bencana Daerah (BPBD) Garut, sebanyak 37 rumah rusak, sebagian besar "
              "di Pameungpeuk.\n"
              "Satria Budi dari BPBD Garut menyebutkan tiga orang mengalami luka ringan.\n"
              "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) menyatakan gempa berpusat di laut, 43 km barat daya "
              "Garut, dengan kedalaman 112 km, dan tidak berpotensi tsunami."),
    dict(id="gempa-antara", event="gempa", outlet="ANTARA", published="2024-02-12T10:02+07:00",
         title="BPBD Garut data kerusakan akibat gempa M5,8",
         text="Garut (ANTARA) - Badan Penanggulangan Bencana Daerah Kabupaten Garut mendata kerusakan bangunan "
              "akibat gempa bermagnitudo 5,8 yang mengguncang wilayah itu.\n"
              "\"Tim kami masih di lapangan, sementara ini 37 rumah rusak ringan hingga sedang,\" kata Kepala Pelaksana "
              "BPBD Garut Satria Budi di Garut, Senin.\n"
              "Ia menyebutkan rumah rusak tersebar di Pameungpeuk, Cibalong dan Cisompet.\n"
              "BMKG melaporkan gempa terjadi pukul 07.21 WIB dengan pusat di laut pada kedalaman 112 kilometer."),
    dict(id="gempa-cnn", event="gempa", outlet="CNN Indonesia", published="2024-02-12T11:30+07:00",
         title="Gempa Garut Terasa hingga Bandung, BMKG: Tak Berpotensi Tsunami",
         text="Jakarta, CNN Indonesia -- Gempa magnitudo 5,8 yang berpusat di barat daya Garut terasa hingga Bandung "
              "dan Tasikmalaya.\n"
              "BMKG memastikan gempa pada kedalaman 112 kilometer itu tidak berpotensi tsunami.\n"
              "BPBD Garut melaporkan 37 rumah rusak di Pameungpeuk dan Cibalong, serta tiga warga luka ringan.\n"
              "Warga Pameungpeuk, Euis Rohaeti, mengaku berlari keluar rumah saat guncangan terjadi."),
    dict(id="gempa-pr-lanjut", event="gempa", outlet="Pikiran Rakyat", published="2024-02-13T14:00+07:00",
         title="Sehari Setelah Gempa, Warga Pameungpeuk Garut Mulai Perbaiki Rumah",
         text="PR GARUT - Sehari setelah gempa magnitudo 5,8, warga Pameungpeuk, Garut, mulai memperbaiki rumah "
              "mereka yang rusak.\n"
              "BPBD Garut memperbarui data kerusakan menjadi 41 rumah, bertambah empat dari laporan awal 37 rumah.\n"
              "Satria Budi mengatakan bantuan terpal dan logistik sudah disalurkan ke Pameungpeuk dan Cibalong.\n"
              "Pemerintah Kabupaten Garut juga menyiapkan dana perbaikan bagi rumah rusak sedang."),
    # --- two floods on the same day in West Java (different events) ---
    dict(id="banjir-bekasi-tribun", event="banjir_bekasi", outlet="Tribunnews", published="2024-03-04T07:10+07:00",
         title="Kali Bekasi Meluap, Ratusan Rumah di Perumahan Pondok Gede Permai Terendam",
         text="TRIBUNNEWS.COM, BEKASI - Kali Bekasi meluap setelah hujan deras sejak Minggu malam, merendam ratusan "
              "rumah di Perumahan Pondok Gede Permai, Jatiasih.\n"
              "Ketinggian air mencapai 150 sentimeter di sejumlah titik.\n"
              "Camat Jatiasih Rudi Hartono mengatakan 420 warga mengungsi ke masjid dan sekolah terdekat.\n"
              "BPBD Kota Bekasi mengerahkan enam perahu karet untuk mengevakuasi warga lanjut usia."),
    dict(id="banjir-bekasi-kumparan", event="banjir_bekasi", outlet="kumparan", published="2024-03-04T09:25+07:00",
         title="Banjir 1,5 Meter Rendam Pondok Gede Permai Jatiasih",
         text="Banjir setinggi 1,5 meter merendam Perumahan Pondok Gede Permai di Jatiasih, Kota Bekasi, Senin "
              "(4/3).\n"
              "Air datang dari luapan Kali Bekasi yang tidak mampu menampung debit hujan semalam.\n"
              "Menurut Camat Jatiasih Rudi Hartono, sebanyak 420 jiwa mengungsi.\n"
              "Petugas BPBD Kota Bekasi menurunkan perahu karet untuk menjemput warga yang terjebak di lantai dua."),
    dict(id="banjir-bandung-okezone", event="banjir_bandung", outlet="Okezone", published="2024-03-04T08:05+07:00",
         title="Sungai Citarum Meluap, Dayeuhkolot dan Baleendah Terendam Banjir",
         text="BANDUNG - Sungai Citarum meluap dan merendam permukiman di Dayeuhkolot dan Baleendah, Kabupaten "
              "Bandung, Senin (4/3/2024).\n"
              "Kepala BPBD Kabupaten Bandung Uka Suska menyebut 1.250 rumah terdampak dengan ketinggian air "
              "hingga 80 sentimeter.\n"
              "Sebanyak 310 warga Baleendah mengungsi ke Gedung Inkanas.\n"
              "Jalan Raya Dayeuhkolot lumpuh dan kendaraan dialihkan ke jalur Bojongsoang."),
    dict(id="banjir-bandung-republika", event="banjir_bandung", outlet="Republika", published="2024-03-04T12:40+07:00",
         title="Banjir Citarum, 1.250 Rumah di Kabupaten Bandung Terdampak",
         text="REPUBLIKA.CO.ID, BANDUNG -- Banjir akibat luapan Sungai Citarum berdampak pada 1.250 rumah di "
              "Kabupaten Bandung.\n"
              "Uka Suska dari BPBD Kabupaten Bandung mengatakan pengungsi di Baleendah mencapai 310 orang dan "
              "ditampung di Gedung Inkanas.\n"
              "Akses Jalan Raya Dayeuhkolot ditutup sementara karena genangan setinggi lutut orang dewasa.\n"
              "Warga Dayeuhkolot berharap normalisasi Citarum segera dilanjutkan."),
    # --- the same governor, two events three days apart (different events) ---
    dict(id="gub-rs-suara", event="gubernur_rs", outlet="Suara.com", published="2024-05-06T10:00+07:00",
         title="Gubernur Resmikan RSUD Tipe B di Cirebon",
         text="Suara.com - Gubernur Jawa Barat Bey Machmudin meresmikan gedung baru RSUD Waled di Kabupaten "
              "Cirebon, Senin (6/5/2024).\n"
              "Gedung delapan lantai itu dibangun dengan anggaran Rp 186 miliar dan menambah 240 tempat tidur.\n"
              "\"Warga Cirebon timur tidak perlu lagi dirujuk jauh ke kota,\" kata Bey.\n"
              "Direktur RSUD Waled Asep Sumarna menyebut layanan jantung dan cuci darah dibuka bulan depan."),
    dict(id="gub-rs-merdeka", event="gubernur_rs", outlet="Merdeka.com", published="2024-05-06T13:20+07:00",
         title="Bey Machmudin Resmikan Gedung Baru RSUD Waled Senilai Rp186 Miliar",
         text="Merdeka.com - Penjabat Gubernur Jawa Barat Bey Machmudin meresmikan gedung baru RSUD Waled, "
              "Cirebon.\n"
              "Pembangunan gedung menelan Rp186 miliar dari APBD provinsi dan kabupaten.\n"
              "Kapasitas rumah sakit bertambah 240 tempat tidur, kata Direktur RSUD Waled Asep Sumarna.\n"
              "Bey meminta pelayanan pasien BPJS Kesehatan tidak dibedakan."),
    dict(id="gub-pasar-detik", event="gubernur_pasar", outlet="detikcom", published="2024-05-09T09:30+07:00",
         title="Bey Machmudin Sidak Harga Beras di Pasar Kosambi Bandung",
         text="Bandung - Penjabat Gubernur Jawa Barat Bey Machmudin melakukan inspeksi mendadak ke Pasar Kosambi, "
              "Kota Bandung, Kamis (9/5/2024).\n"
              "Harga beras medium di pasar itu tercatat Rp 13.800 per kilogram, di atas harga eceran tertinggi.\n"
              "Bey meminta Bulog menambah operasi pasar di 27 kabupaten dan kota.\n"
              "Pedagang beras Pasar Kosambi, Dadang Suherman, mengeluhkan pasokan dari Karawang yang berkurang."),
    dict(id="gub-pasar-viva", event="gubernur_pasar", outlet="VIVA", published="2024-05-09T11:45+07:00",
         title="Harga Beras Rp13.800, Pj Gubernur Jabar Minta Bulog Gelar Operasi Pasar",
         text="VIVA – Harga beras medium di Pasar Kosambi, Bandung, mencapai Rp13.800 per kilogram.\n"
              "Temuan itu didapat Pj Gubernur Jawa Barat Bey Machmudin saat sidak pada Kamis pagi.\n"
              "Ia meminta Perum Bulog memperluas operasi pasar ke 27 kabupaten dan kota di Jawa Barat.\n"
              "Menurut pedagang, Dadang Suherman, pasokan beras dari Karawang menurun sejak awal Mei."),
    # --- a search over a week (one story) ---
    dict(id="pendaki-h1-liputan6", event="pendaki", outlet="Liputan6.com", published="2024-07-01T18:00+07:00",
         title="Dua Pendaki Hilang di Gunung Slamet, Tim SAR Gabungan Dikerahkan",
         text="Liputan6.com, Purbalingga - Dua pendaki asal Tegal, Fajar Nugraha dan Dimas Aryo, dilaporkan hilang di "
              "Gunung Slamet sejak Sabtu.\n"
              "Keduanya mendaki lewat jalur Bambangan dan tidak kembali sesuai jadwal.\n"
              "Kepala Basarnas Cilacap Adah Sudarsa mengatakan 60 personel tim SAR gabungan dikerahkan.\n"
              "Cuaca berkabut di atas pos 5 menyulitkan pencarian."),
    dict(id="pendaki-h3-tempo", event="pendaki", outlet="Tempo", published="2024-07-03T16:20+07:00",
         title="Hari Ketiga Pencarian Pendaki Gunung Slamet, Jejak Ditemukan di Pos 7",
         text="TEMPO.CO, Purbalingga - Tim SAR gabungan menemukan jejak dan bungkus makanan di sekitar pos 7 jalur "
              "Bambangan Gunung Slamet pada hari ketiga pencarian.\n"
              "Adah Sudarsa dari Basarnas Cilacap menduga Fajar Nugraha dan Dimas Aryo tersesat ke arah lembah.\n"
              "Jumlah personel ditambah menjadi 95 orang termasuk relawan pecinta alam Tegal.\n"
              "Keluarga kedua pendaki menunggu di basecamp Bambangan."),
    dict(id="pendaki-h7-kompas", event="pendaki", outlet="Kompas.com", published="2024-07-07T20:05+07:00",
         title="Pendaki Gunung Slamet Ditemukan Selamat setelah Sepekan Hilang",
         text="PURBALINGGA, KOMPAS.com - Dua pendaki yang hilang di Gunung Slamet, Fajar Nugraha dan Dimas Aryo, "
              "ditemukan selamat pada hari ketujuh pencarian.\n"
              "Keduanya ditemukan di lembah dekat jalur Bambangan dalam kondisi lemas dan dehidrasi.\n"
              "Kepala Basarnas Cilacap Adah Sudarsa mengatakan keduanya dievakuasi ke RSUD Goeteng Purbalingga.\n"
              "Operasi SAR yang melibatkan 95 personel resmi ditutup."),
    # --- an agency text and its copies (duplicates) ---
    dict(id="ekspor-antara", event="antara_ekspor", outlet="ANTARA", published="2024-08-15T10:00+07:00",
         title="BPS: ekspor Juli 2024 naik 6,46 persen",
         text="Jakarta (ANTARA) - Badan Pusat Statistik (BPS) mencatat nilai ekspor Indonesia pada Juli 2024 "
              "mencapai 22,21 miliar dolar AS, naik 6,46 persen dibanding Juni 2024.\n"
              "Plt Kepala BPS Amalia Adininggar Widyasanti mengatakan kenaikan ditopang ekspor nonmigas, terutama "
              "besi dan baja serta lemak dan minyak nabati.\n"
              "\"Secara tahunan, nilai ekspor naik 6,55 persen,\" kata Amalia dalam konferensi pers di Jakarta, Kamis.\n"
              "Ekspor nonmigas Juli 2024 tercatat 20,79 miliar dolar AS, sedangkan ekspor migas 1,42 miliar dolar AS.\n"
              "Tiongkok masih menjadi negara tujuan ekspor nonmigas terbesar dengan nilai 5,18 miliar dolar AS, "
              "disusul Amerika Serikat dan India.\n"
              "Menurut provinsi asal barang, ekspor terbesar berasal dari Jawa Barat dengan nilai 3,12 miliar dolar AS."),
    dict(id="ekspor-bisnis-lead", event="antara_ekspor", outlet="Bisnis.com", published="2024-08-15T12:30+07:00",
         title="Ekspor RI Juli 2024 Tembus US$22,21 Miliar",
         text="Bisnis.com, JAKARTA - Kinerja ekspor kembali menguat pada pertengahan tahun di tengah pelemahan harga "
              "komoditas global.\n"
              "Plt Kepala BPS Amalia Adininggar Widyasanti mengatakan kenaikan ditopang ekspor nonmigas, terutama "
              "besi dan baja serta lemak dan minyak nabati.\n"
              "\"Secara tahunan, nilai ekspor naik 6,55 persen,\" kata Amalia dalam konferensi pers di Jakarta, Kamis.\n"
              "Ekspor nonmigas Juli 2024 tercatat 20,79 miliar dolar AS, sedangkan ekspor migas 1,42 miliar dolar AS.\n"
              "Tiongkok masih menjadi negara tujuan ekspor nonmigas terbesar dengan nilai 5,18 miliar dolar AS, "
              "disusul Amerika Serikat dan India.\n"
              "Menurut provinsi asal barang, ekspor terbesar berasal dari Jawa Barat dengan nilai 3,12 miliar dolar AS."),
    dict(id="ekspor-kontan-trim", event="antara_ekspor", outlet="Kontan", published="2024-08-15T14:00+07:00",
         title="BPS Catat Ekspor Juli Naik 6,46%",
         text="KONTAN.CO.ID - JAKARTA. Badan Pusat Statistik (BPS) mencatat nilai ekspor Indonesia pada Juli 2024 "
              "mencapai 22,21 miliar dolar AS, naik 6,46 persen dibanding Juni 2024.\n"
              "Plt Kepala BPS Amalia Adininggar Widyasanti mengatakan kenaikan ditopang ekspor nonmigas, terutama "
              "besi dan baja serta lemak dan minyak nabati.\n"
              "\"Secara tahunan, nilai ekspor naik 6,55 persen,\" kata Amalia dalam konferensi pers di Jakarta, Kamis.\n"
              "Ekspor nonmigas Juli 2024 tercatat 20,79 miliar dolar AS, sedangkan ekspor migas 1,42 miliar dolar AS."),
    dict(id="ekspor-jpnn-exact", event="antara_ekspor", outlet="JPNN", published="2024-08-15T15:10+07:00",
         title="BPS: Ekspor Juli 2024 Naik 6,46 Persen",
         text="Jakarta (ANTARA) - Badan Pusat Statistik (BPS) mencatat nilai ekspor Indonesia pada Juli 2024 "
              "mencapai 22,21 miliar dolar AS, naik 6,46 persen dibanding Juni 2024.\n"
              "Plt Kepala BPS Amalia Adininggar Widyasanti mengatakan kenaikan ditopang ekspor nonmigas, terutama "
              "besi dan baja serta lemak dan minyak nabati.\n"
              "\"Secara tahunan, nilai ekspor naik 6,55 persen,\" kata Amalia dalam konferensi pers di Jakarta, Kamis.\n"
              "Ekspor nonmigas Juli 2024 tercatat 20,79 miliar dolar AS, sedangkan ekspor migas 1,42 miliar dolar AS.\n"
              "Tiongkok masih menjadi negara tujuan ekspor nonmigas terbesar dengan nilai 5,18 miliar dolar AS, "
              "disusul Amerika Serikat dan India.\n"
              "Menurut provinsi asal barang, ekspor terbesar berasal dari Jawa Barat dengan nilai 3,12 miliar dolar AS."),
]

DUPLICATE_OF = {"ekspor-bisnis-lead": "ekspor-antara", "ekspor-kontan-trim": "ekspor-antara",
                "ekspor-jpnn-exact": "ekspor-antara"}


def articles() -> list[Article]:
    """Fresh Article records (grouping mutates duplicate_of)."""
    return [Article(id=a["id"], source=a["id"] + ".txt", text=a["text"], title=a["title"], outlet=a["outlet"],
                    published=a["published"]) for a in ARTICLES]


def events() -> dict[str, str]:
    return {a["id"]: a["event"] for a in ARTICLES}


MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]


def page_text(a: dict) -> str:
    """The article as a scraper's plain-text dump: menu, headline, date line, body, boilerplate."""
    year, month, day = a["published"][:10].split("-")
    when = f"{int(day)} {MONTHS[int(month) - 1]} {year}, {a['published'][11:16]} WIB"
    lines = ["Beranda", "Berita Terkini", a["title"], when, *a["text"].split("\n"), "Baca juga: Berita pilihan hari ini",
             "Bagikan artikel ini", "Copyright 2024"]
    return "\n\n".join(lines) + "\n"
