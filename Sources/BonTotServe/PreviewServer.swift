import BonTotKit
import Hummingbird
