"""Word lists for synthetic fact bases: shared surnames, transliteration variants, titles, places."""

FIRST = """Muhammad Ahmad Ali Hassan Hussain Usman Bilal Imran Kamran Faisal Tariq Zubair Naveed Shahid Asif
Rizwan Junaid Salman Adnan Farhan Haris Omar Yusuf Ibrahim Ismail Khalid Rashid Saeed Waqar Zahid Fatima Ayesha
Zainab Maryam Sana Hina Nadia Rabia Saima Amina Khadija Sobia Uzma Farah Shazia Iqra Mehwish Bushra James Wei
Li Ming Jun Hao Chen Daniel Sarah Emily Robert Michael David Laura Anna Peter Thomas Maria Elena Sofia Ivan
Oleg Dmitri Kenji Hiroshi Yuki Arjun Ravi Priya Sunil Anil Vikram Deepak""".split()
# transliteration variants a reader may type for the same first name
VARIANTS = {
    "Muhammad": "Mohammad", "Ahmad": "Ahmed", "Hussain": "Hussein", "Usman": "Osman", "Yusuf": "Yousuf",
    "Ibrahim": "Ebrahim", "Khalid": "Khaled", "Saeed": "Said", "Fatima": "Fatimah", "Ayesha": "Aisha",
    "Zainab": "Zaynab", "Maryam": "Mariam", "Khadija": "Khadijah", "Omar": "Umar", "Rashid": "Rasheed",
    "Dmitri": "Dmitry", "Hassan": "Hasan", "Faisal": "Faysal", "Junaid": "Junayd", "Adnan": "Adnaan",
}
SURNAMES = """Khan Sharif Ahmed Malik Chaudhry Qureshi Butt Siddiqui Abbasi Akhtar Baig Bhatti Durrani Gillani
Hashmi Iqbal Jatoi Kazmi Lodhi Mirza Nawaz Niazi Paracha Rana Rehman Shah Sheikh Tarar Virk Warraich Yousafzai
Zaidi Awan Bokhari Cheema Dar Effendi Farooqi Gondal Haider Jamali Kiani Leghari Mengal Naqvi Orakzai Pirzada
Qazi Raja Saleem Tiwana Usmani Wattoo Zafar Dong Zhang Wang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu
Guo Lin He Gao Luo Zheng Liang Xie Smith Johnson Brown Taylor Wilson Evans Walker Wright Hughes Green Hall
Wood Clarke Turner Hill Moore Petrov Ivanov Sokolov Tanaka Suzuki Sato Watanabe Patel Sharma Gupta Verma
Mehta Kapoor Reddy Nair Iyer Bose""".split()
# never used in a generated base: negative queries are built from these
UNSEEN_FIRST = """Xavier Ignatius Bartholomew Percival Leopold Thaddeus Cornelius Evangeline Ottoline Wilhelmina
Ambrose Fitzgerald Montgomery Barnaby Cuthbert Gwendolyn Rosalind Seraphina Lysander Octavia""".split()
UNSEEN_SURNAMES = """Vanterpool Pemberton Quixley Abernathy Fairweather Thistlewood Blackwood Kingsley Ravensworth
Whitlock Hollingsworth Cottingham Ellsworth Winterbourne Ashcombe Penhaligon Trelawney Wexford Lockhart
Montague""".split()
TITLES = """Minister Secretary Chairman Director General Chief Executive President Governor Adviser Spokesperson
Commissioner Ambassador Treasurer""".split("\n")[0].split()
TITLE_PHRASES = ["Minister", "Secretary", "Chairman", "Director General", "Chief Executive", "President",
                 "Governor", "Adviser", "Spokesperson", "Commissioner", "Ambassador", "Treasurer"]
PLACES = """Karachi Lahore Islamabad Peshawar Quetta Multan Faisalabad Sialkot Gwadar Hyderabad Beijing Shanghai
Hangzhou Shenzhen Dubai Riyadh Doha Istanbul London Singapore Jakarta Dhaka Colombo Kabul Tashkent Almaty
Northern Southern Eastern Western Central Coastal National Federal Provincial Metropolitan Punjab Sindh
Balochistan Frontier Capital United Pacific Atlantic Global Continental""".split()
FIELDS = """Textile Revenue Commerce Trade Energy Power Water Railway Aviation Shipping Telecom Broadband Cotton
Wheat Sugar Steel Cement Fertiliser Pharmaceutical Software Logistics Mining Petroleum Gas Fisheries Dairy
Tourism Housing Transport Insurance Banking Investment Export Import Customs Securities Agriculture Health
Education Forestry Mineral Solar Wind Digital Postal Maritime Highways""".split()
ORG_SUFFIX = """Authority Board Corporation Company Group Council Commission Bureau Agency Institute Association
Federation Holdings Exchange Trust""".split()
POLICY_KIND = ["Policy", "Framework", "Strategy", "Plan", "Act", "Programme", "Budget", "Roadmap"]
MEASURES = ["revenue", "exports", "imports", "sales", "output", "users", "employees", "investment"]
UNITS = {"revenue": "PKR", "exports": "USD", "imports": "USD", "sales": "USD", "output": "tonnes",
         "users": "people", "employees": "people", "investment": "USD"}
GOODS = ["cotton yarn", "solar panels", "mobile phones", "imported cars", "online sales", "cement", "steel bars",
         "fertiliser", "medicines", "software exports", "fuel", "tea", "sugar", "wheat flour"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
